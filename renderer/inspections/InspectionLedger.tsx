import { Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useDeferredValue, useMemo, useState } from 'react';
import type { Inspection } from '../../shared/inspections/inspection';
import { problemsFound } from '../../shared/inspections/inspection';
import { INSPECTION_KINDS, type InspectionKind } from '../../shared/inspections/kinds';
import { exportInspectionLedger } from '../../shared/inspections/inspectionLedgers';
import { filterInspections, NO_INSPECTION_FILTER, type InspectionFilter } from '../../shared/inspections/ledgerFilter';
import { testIdProps } from '../components/testId';
import { useWindowHeight } from '../components/useWindowHeight';
import { useInspectionLedger } from './inspectionHooks';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { LedgerFilterBar } from './LedgerFilterBar';
import type { EstateDirectory } from './useEstateDirectory';
import { useSaveWorkbook } from './useSaveWorkbook';
import { useToday } from './useToday';

/** 检查台账: every inspection, filtered by community, kind and date, newest first. */
export function InspectionLedger({ directory, onOpen }: { directory: EstateDirectory; onOpen: (id: string) => void }) {
  const { inspections: t, domain, locale } = useMessages();
  const { settings } = useSettings();
  const today = useToday();
  const saveWorkbook = useSaveWorkbook();
  const [filter, setFilter] = useState<InspectionFilter>(NO_INSPECTION_FILTER);
  const deferred = useDeferredValue(filter);
  const windowHeight = useWindowHeight();
  const estateIds = deferred.communityIds.length === 0 ? null : directory.estateIdsOf(deferred.communityIds);
  const rows = useInspectionLedger({ from: deferred.from, to: deferred.to, estateIds });
  const shown = useMemo(() => filterInspections(rows ?? [], deferred, directory.communityOf), [rows, deferred, directory]);

  const columns: ColumnsType<Inspection> = [
    { title: t.ledger.inspectedOn, key: 'date', width: 150, render: (_, i) => `${i.inspectedOn} ${i.time}` },
    {
      title: t.ledger.estate,
      key: 'estate',
      width: 200,
      render: (_, i) => (
        <Typography.Link onClick={() => onOpen(i.id)} data-testid="inspection-open">
          {directory.get(i.estateId)?.estate.name ?? i.estateId}
        </Typography.Link>
      ),
    },
    { title: t.ledger.community, key: 'community', width: 130, render: (_, i) => directory.get(i.estateId)?.community?.name ?? '' },
    { title: t.ledger.kind, key: 'kind', width: 110, render: (_, i) => t.kind[i.kind] },
    { title: t.ledger.inspectors, key: 'inspectors', width: 160, render: (_, i) => domain.list(i.inspectors) },
    {
      title: t.ledger.problems,
      key: 'problems',
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
  ];

  return (
    <div data-testid="inspection-ledger">
      <LedgerFilterBar<InspectionFilter, InspectionKind>
        testId="inspection-filter"
        filter={filter}
        empty={NO_INSPECTION_FILTER}
        communities={directory.communities}
        facet={{ key: 'kinds', label: t.filter.kind, options: INSPECTION_KINDS.map((k) => ({ value: k, label: t.kind[k] })), values: filter.kinds }}
        onChange={setFilter}
        extra={
          <Button
            disabled={shown.length === 0}
            data-testid="inspection-export"
            onClick={() =>
              void saveWorkbook(t.report.inspectionFile(settings.streetName, today), () =>
                exportInspectionLedger(
                  { streetName: settings.streetName, date: today },
                  shown.map((record) => ({ community: directory.get(record.estateId)?.community?.name ?? '', estate: directory.get(record.estateId)?.estate.name ?? '', record })),
                  locale,
                ),
              )
            }
          >
            {t.report.exportShown}
          </Button>
        }
      />
      <Table<Inspection>
        virtual
        rowKey="id"
        size="small"
        bordered
        loading={rows === undefined}
        dataSource={shown}
        columns={columns}
        pagination={false}
        scroll={{ x: 1200, y: Math.max(240, windowHeight - 360) }}
        onRow={() => testIdProps('inspection-row')}
        locale={{ emptyText: t.ledger.empty }}
        footer={() => <span data-testid="inspection-shown">{t.ledger.shown(shown.length, rows?.length ?? 0)}</span>}
      />
    </div>
  );
}
