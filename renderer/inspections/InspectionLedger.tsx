import { Tag, Typography } from 'antd';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Inspection } from '../../shared/inspections/inspection';
import { problemsFound } from '../../shared/inspections/inspection';
import { INSPECTION_KINDS, type InspectionKind } from '../../shared/inspections/kinds';
import { exportInspectionLedger } from '../../shared/inspections/inspectionLedgers';
import { filterInspections, NO_INSPECTION_FILTER, type InspectionFilter } from '../../shared/inspections/ledgerFilter';
import { useInspectionLedger } from './inspectionHooks';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { OpenRecordButton } from '../components/table/OpenRecordButton';
import type { LedgerColumn } from '../components/table/useColumnChoice';
import { placedIn, RecordLedger } from './RecordLedger';
import type { EstateDirectory } from './useEstateDirectory';
import { useToday } from './useToday';

/** What fits at 1366 px; who inspected and the photo count are in 显示列. */
const DEFAULT_COLUMNS = ['date', 'community', 'kind', 'problems', 'score'];

/** 检查台账: every inspection, filtered by community, kind and date, newest first. */
export function InspectionLedger({ directory, onOpen, initialFilter = NO_INSPECTION_FILTER }: { directory: EstateDirectory; onOpen: (id: string) => void; initialFilter?: InspectionFilter }) {
  const { inspections: t, domain, locale } = useMessages();
  const { settings } = useSettings();
  const today = useToday();
  const [filter, setFilter] = useState<InspectionFilter>(initialFilter);
  const deferred = useDeferredValue(filter);
  const estateIds = deferred.communityIds.length === 0 ? null : directory.estateIdsOf(deferred.communityIds);
  const rows = useInspectionLedger({ from: deferred.from, to: deferred.to, estateIds });
  const shown = useMemo(() => filterInspections(rows ?? [], deferred, directory.communityOf), [rows, deferred, directory]);

  const columns = useMemo<LedgerColumn<Inspection>[]>(() => [
    {
      title: t.ledger.estate,
      key: 'estate',
      width: 180,
      fixed: 'left',
      always: true,
      render: (_, i) => (
        <OpenRecordButton onOpen={() => onOpen(i.id)} testId="inspection-open">
          {directory.get(i.estateId)?.estate.name ?? i.estateId}
        </OpenRecordButton>
      ),
    },
    { title: t.ledger.inspectedOn, key: 'date', width: 140, render: (_, i) => `${i.inspectedOn} ${i.time}` },
    { title: t.ledger.community, key: 'community', width: 130, render: (_, i) => directory.get(i.estateId)?.community?.name ?? '' },
    { title: t.ledger.kind, key: 'kind', width: 110, render: (_, i) => t.kind[i.kind] },
    { title: t.ledger.inspectors, key: 'inspectors', width: 160, render: (_, i) => domain.list(i.inspectors) },
    {
      title: t.ledger.problems,
      key: 'problems',
      width: 320,
      render: (_, i) => {
        const found = problemsFound(i);
        return found.length === 0 ? (
          <Typography.Text type="secondary">{t.ledger.noProblems}</Typography.Text>
        ) : (
          <>
            <Tag color="red">{t.ledger.problemCount(found.length)}</Tag>
            {domain.problemList(found.map((p) => `${t.category[p.category]}${domain.separator}${p.text}`))}
          </>
        );
      },
    },
    { title: t.ledger.score, key: 'score', width: 70, align: 'right', render: (_, i) => i.score ?? '' },
    { title: t.ledger.photos, key: 'photos', width: 60, align: 'right', render: (_, i) => (i.photoCount > 0 ? i.photoCount : '') },
  ], [t, domain, directory, onOpen]);

  return (
    <RecordLedger<Inspection, InspectionFilter, InspectionKind>
      testId="inspection"
      choiceKey="inspections"
      directory={directory}
      rows={rows}
      shown={shown}
      columns={columns}
      defaultColumns={DEFAULT_COLUMNS}
      label={t.page.tabInspections}
      filter={filter}
      emptyFilter={NO_INSPECTION_FILTER}
      facet={{ key: 'kinds', label: t.filter.kind, options: INSPECTION_KINDS.map((k) => ({ value: k, label: t.kind[k] })), values: filter.kinds }}
      onFilter={setFilter}
      exportFile={{
        name: t.report.inspectionFile(settings.streetName, today),
        bytes: () => exportInspectionLedger({ streetName: settings.streetName, date: today }, placedIn(directory, shown), locale),
      }}
      rowTestId={() => 'inspection-row'}
      emptyText={t.ledger.empty}
      shownText={t.ledger.shown}
    />
  );
}
