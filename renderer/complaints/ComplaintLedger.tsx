import { useDeferredValue, useMemo, useState } from 'react';
import { complaintDue, exportComplaintLedger, filterComplaints, NO_COMPLAINT_FILTER, personalAs, type Complaint, type ComplaintFilter, type PersonalView } from '../../shared/complaints';
import { LedgerTable, LedgerTools } from '../components/table/LedgerTable';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import { useColumnChoice, type LedgerColumn } from '../components/table/useColumnChoice';
import { useMessages } from '../i18n/I18nProvider';
import { useSaveWorkbook, useToday, type EstateDirectory } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { useComplaintLedger } from './complaintHooks';
import { ComplaintFilterBar } from './ComplaintFilterBar';
import { ComplaintDueTag, ComplaintStatusTag } from './ComplaintStatusTag';

/** Every column fits at 1366 px; the chooser lets a clerk narrow it further. */
const DEFAULT_COLUMNS = ['receivedOn', 'channel', 'complainant', 'phone', 'estate', 'category', 'status', 'deadline', 'due'];

/** 投诉信访台账: every complaint, filtered; complainants masked unless the page shows them. */
export function ComplaintLedger({ directory, view, onOpen }: { directory: EstateDirectory; view: PersonalView; onOpen: (id: string) => void }) {
  const { complaints: t, locale } = useMessages();
  const { settings } = useSettings();
  const rules = settings.complaintRules;
  const today = useToday();
  const saveWorkbook = useSaveWorkbook();
  const [filter, setFilter] = useState<ComplaintFilter>(NO_COMPLAINT_FILTER);
  const deferred = useDeferredValue(filter);
  const rows = useComplaintLedger({ communityIds: deferred.communityIds, statuses: deferred.statuses, from: deferred.from, to: deferred.to });
  const shown = useMemo(() => filterComplaints(rows ?? [], deferred, today, rules), [rows, deferred, today, rules]);
  const communityName = useMemo(() => new Map(directory.communities.map((c) => [c.id, c.name])), [directory]);

  const columns = useMemo<LedgerColumn<Complaint>[]>(() => [
    {
      title: t.column.number, key: 'number', width: 150, fixed: 'left', always: true,
      render: (_, c) => <OpenRecordButton onOpen={() => onOpen(c.id)} testId={`complaint-open-${c.number}`}>{c.number}</OpenRecordButton>,
    },
    { title: t.column.receivedOn, key: 'receivedOn', width: 100, dataIndex: 'receivedOn' },
    { title: t.column.channel, key: 'channel', width: 100, render: (_, c) => t.channel[c.channel] },
    { title: t.column.workOrderNumber, key: 'workOrderNumber', width: 140, dataIndex: 'workOrderNumber' },
    { title: t.column.complainant, key: 'complainant', width: 80, render: (_, c) => personalAs(c, view).complainantName },
    { title: t.column.phone, key: 'phone', width: 120, render: (_, c) => personalAs(c, view).complainantPhone },
    { title: t.column.estate, key: 'estate', width: 140, render: (_, c) => (c.estateId === null ? '' : (directory.get(c.estateId)?.estate.name ?? '')) },
    { title: t.column.community, key: 'community', width: 110, render: (_, c) => (c.communityId === null ? '' : (communityName.get(c.communityId) ?? '')) },
    { title: t.column.against, key: 'against', width: 140, dataIndex: 'againstName' },
    { title: t.column.category, key: 'category', width: 90, render: (_, c) => t.category[c.category] },
    { title: t.column.status, key: 'status', width: 90, render: (_, c) => <ComplaintStatusTag status={c.status} /> },
    { title: t.column.deadline, key: 'deadline', width: 100, render: (_, c) => complaintDue(c, today, rules)?.deadline ?? '' },
    { title: t.column.due, key: 'due', width: 110, render: (_, c) => <ComplaintDueTag due={complaintDue(c, today, rules)} /> },
  ], [t, directory, communityName, view, today, rules, onOpen]);
  const choice = useColumnChoice('complaints', columns, DEFAULT_COLUMNS);

  const exportShown = () =>
    void saveWorkbook(t.report.ledgerFile(settings.streetName, today), () =>
      exportComplaintLedger({ streetName: settings.streetName, date: today }, directory, shown, rules, view, locale),
    );

  return (
    <div data-testid="complaint-ledger">
      <ComplaintFilterBar
        filter={filter}
        onChange={setFilter}
        communities={directory.communities}
        estates={directory.estates}
        extra={<LedgerTools testId="complaint" choice={choice} shownCount={shown.length} exportLabel={t.page.export} onExport={exportShown} />}
      />
      <LedgerTable<Complaint>
        testId="complaint"
        label={t.page.tabLedger}
        choice={choice}
        rows={rows}
        shown={shown}
        reserved={380}
        rowTestId={(c) => `complaint-row-${c.number}`}
        emptyText={t.page.empty}
        shownText={t.page.shown}
      />
    </div>
  );
}
