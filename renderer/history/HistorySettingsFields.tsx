import { Checkbox, Divider, Form } from 'antd';
import { REASON_FIELDS } from '../../shared/history/reasonFields';
import { REASON_FIELDS_BY_KIND, REASON_KINDS } from '../../shared/history/trackedTables';
import { useMessages } from '../i18n/I18nProvider';
import { useReasonFieldLabels } from './useReasonFieldLabels';

/** The settings page's change-history section: which fields of each kind need a reason when changed. */
export function HistorySettingsFields() {
  const { history, domain } = useMessages();
  const labels = useReasonFieldLabels();
  return (
    <>
      <Divider titlePlacement="start">{history.settings.section}</Divider>
      <Form.Item name="reasonRequiredFields" label={history.settings.reasonRequiredFields} extra={history.settings.reasonRequiredHint}>
        <Checkbox.Group data-testid="settings-reasonRequiredFields" options={REASON_FIELDS.map((value) => ({ value, label: labels[value] }))} />
      </Form.Item>
      {REASON_KINDS.map((kind) => (
        <Form.Item key={kind} name={['reasonRequiredByKind', kind]} label={history.settings.reasonRequiredOf(history.kind[kind])}>
          <Checkbox.Group
            data-testid={`settings-reasonRequired-${kind}`}
            options={REASON_FIELDS_BY_KIND[kind].map((value) => ({ value, label: domain.fields[value] ?? value }))}
          />
        </Form.Item>
      ))}
    </>
  );
}
