import { Select } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import { exportNoticeLedger } from '../../shared/inspections/inspectionLedgers';
import type { RectificationNotice } from '../../shared/inspections/notice';
import { filterNotices, NO_NOTICE_FILTER, NOTICE_DATE_FIELDS, type NoticeDateField, type NoticeFilter } from '../../shared/inspections/ledgerFilter';
import { daysOverdue, SHOWN_STATUSES, shownStatus, type ShownStatus } from '../../shared/inspections/overdue';
import { useNoticeLedger } from './inspectionHooks';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import type { LedgerColumn } from '../components/table/useColumnChoice';
import { placedIn, RecordLedger } from './RecordLedger';
import { NoticeStatusTag } from './notice/NoticeStatusTag';
import type { EstateDirectory } from './useEstateDirectory';
import { useToday } from './useToday';

/** 整改台账: every notice, filtered by community, status (逾期 included) and issue date. */
/** Every column fits at 1366 px; the chooser lets a clerk narrow it further. */
const DEFAULT_COLUMNS = ['estate', 'community', 'issuedOn', 'responsibleParty', 'deadline', 'status', 'overdue'];

export function NoticeLedger({ directory, onOpen, initialFilter = NO_NOTICE_FILTER }: { directory: EstateDirectory; onOpen: (id: string) => void; initialFilter?: NoticeFilter }) {
  const { inspections: t, locale } = useMessages();
  const { settings } = useSettings();
  const today = useToday();
  const [filter, setFilter] = useState<NoticeFilter>(initialFilter);
  const deferred = useDeferredValue(filter);
  const estateIds = deferred.communityIds.length === 0 ? null : directory.estateIdsOf(deferred.communityIds);
  const rows = useNoticeLedger({ from: deferred.from, to: deferred.to, estateIds, dateField: deferred.dateField });
  const shown = useMemo(() => filterNotices(rows ?? [], deferred, directory.communityOf, today), [rows, deferred, directory, today]);

  const columns = useMemo<LedgerColumn<RectificationNotice>[]>(() => [
    {
      title: t.noticeLedger.number,
      key: 'number',
      width: 160,
      fixed: 'left',
      always: true,
      render: (_, n) => (
        <OpenRecordButton onOpen={() => onOpen(n.id)} testId={`notice-open-${n.number}`}>
          {n.number}
        </OpenRecordButton>
      ),
    },
    { title: t.noticeLedger.estate, key: 'estate', width: 180, render: (_, n) => directory.get(n.estateId)?.estate.name ?? n.estateId },
    { title: t.noticeLedger.community, key: 'community', width: 120, render: (_, n) => directory.get(n.estateId)?.community?.name ?? '' },
    { title: t.noticeLedger.issuedOn, dataIndex: 'issuedOn', key: 'issuedOn', width: 110 },
    { title: t.noticeLedger.responsibleParty, dataIndex: 'responsibleParty', key: 'responsibleParty', width: 180 },
    { title: t.noticeLedger.deadline, dataIndex: 'deadline', key: 'deadline', width: 110 },
    { title: t.noticeLedger.status, key: 'status', width: 110, render: (_, n) => <NoticeStatusTag status={shownStatus(n, today)} /> },
    {
      title: t.noticeLedger.overdue,
      key: 'overdue',
      width: 90,
      align: 'right',
      render: (_, n) => {
        const days = daysOverdue(n, today);
        return days > 0 ? days : '';
      },
    },
  ], [t, directory, today, onOpen]);

  return (
    <RecordLedger<RectificationNotice, NoticeFilter, ShownStatus>
      testId="notice"
      choiceKey="notices"
      directory={directory}
      rows={rows}
      shown={shown}
      columns={columns}
      defaultColumns={DEFAULT_COLUMNS}
      label={t.page.tabNotices}
      filter={filter}
      emptyFilter={NO_NOTICE_FILTER}
      dateChoice={
        <Select<NoticeDateField>
          style={{ width: 140 }}
          aria-label={t.filter.dateField}
          value={filter.dateField}
          options={NOTICE_DATE_FIELDS.map((field) => ({ value: field, label: t.filter.dateFieldOf[field] }))}
          onChange={(dateField) => setFilter({ ...filter, dateField })}
          data-testid="notice-filter-date-field"
        />
      }
      facet={{ key: 'statuses', label: t.filter.status, options: SHOWN_STATUSES.map((s) => ({ value: s, label: t.status[s] })), values: filter.statuses }}
      onFilter={setFilter}
      exportFile={{
        name: t.report.noticeFile(settings.streetName, today),
        bytes: () => exportNoticeLedger({ streetName: settings.streetName, date: today }, placedIn(directory, shown), locale),
      }}
      rowTestId={(n) => `notice-row-${n.number}`}
      emptyText={t.noticeLedger.empty}
      shownText={t.noticeLedger.shown}
    />
  );
}
