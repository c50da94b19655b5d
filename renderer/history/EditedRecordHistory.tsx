import type { HistoryKind } from '../../shared/history/fieldHistory';
import type { ReasonKind } from '../../shared/history/trackedTables';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { ReasonField } from './ReasonField';
import { RecordHistory } from './RecordHistory';

/**
 * The foot of a tracked record's edit dialog: 变更原因 once a field the settings name for this
 * kind changes (the repository refuses the save without it too), then the record's history —
 * who changed what, when and why, old → new.
 */
export function EditedRecordHistory({ kind, recordId, initial }: { kind: ReasonKind & HistoryKind; recordId: string; initial: object }) {
  const { settings } = useSettings();
  const { domain } = useMessages();
  const fields: readonly string[] = settings.reasonRequiredByKind[kind] ?? [];
  return (
    <>
      <ReasonField initial={initial} fields={fields} labelOf={(field) => domain.fields[field] ?? field} testId={`${kind}-reason`} />
      <RecordHistory kind={kind} recordId={recordId} />
    </>
  );
}
