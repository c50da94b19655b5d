import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ClassCounts } from '../../../shared/estates/classSummary';
import type { PlannedCounts } from '../../../shared/estates/community';
import type { Finding, ReconciledRow, ReconciledTable, SummaryCell } from '../../../shared/estates/reconciliation';
import { formatFinding } from '../../../shared/i18n/format';
import { testIdProps } from '../../components/testId';
import { useMessages } from '../../i18n/I18nProvider';
import './classTable.css';

interface TableRow {
  readonly key: string;
  readonly name: string;
  readonly isTotal: boolean;
  readonly inventory: ClassCounts;
  readonly planned: PlannedCounts;
  readonly findings: readonly Finding[];
}

const FINDING_CLASS: Readonly<Record<Finding['kind'], string>> = {
  planClassesDoNotAddUp: 'finding-plan',
  inventoryDiffersFromPlan: 'finding-drift',
};

/** A number cell, marked (with the reasons on hover) where a finding points at it. */
function Cell({ row, cell, value }: { row: TableRow; cell: SummaryCell | null; value: number | null }) {
  const { domain } = useMessages();
  const findings = cell ? row.findings.filter((f) => f.cell === cell) : [];
  const testId = `cell-${row.isTotal ? 'total' : row.name}-${cell ?? 'other'}`;
  const text = value === null ? '' : String(value);
  if (findings.length === 0) return <span data-testid={testId}>{text}</span>;
  const reasons = findings.map((f) => formatFinding(f, domain));
  return (
    <Tooltip title={reasons.join('\n')}>
      <span
        data-testid={testId}
        data-finding={findings.map((f) => f.kind).join(' ')}
        aria-label={domain.problemList(reasons)}
        className={`finding ${FINDING_CLASS[findings[0]!.kind]}`}
      >
        {text}
      </span>
    </Tooltip>
  );
}

export function ClassTable({ table, streetName }: { table: ReconciledTable; streetName: string }) {
  const { ui } = useMessages();
  const t = ui.classTable;
  const rows: TableRow[] = [
    ...table.rows.map((r: ReconciledRow) => ({ ...r, key: r.communityId, isTotal: false })),
    { ...table.totals, key: '__total__', name: t.streetTotal, isTotal: true },
  ];
  const inventoryColumn = (title: string, key: keyof ClassCounts, cell: SummaryCell | null) => ({
    title,
    key: `inventory.${key}`,
    align: 'right' as const,
    render: (_: unknown, row: TableRow) => <Cell row={row} cell={cell} value={row.inventory[key]} />,
  });
  const plannedColumn = (title: string, key: keyof PlannedCounts, cell: SummaryCell | null) => ({
    title,
    key: `planned.${key}`,
    align: 'right' as const,
    render: (_: unknown, row: TableRow) => <Cell row={row} cell={cell} value={row.planned[key]} />,
  });
  const columns: ColumnsType<TableRow> = [
    { title: t.community, dataIndex: 'name', key: 'name', fixed: 'left' },
    {
      title: t.inventory,
      children: [
        inventoryColumn(t.class1, 'class1', 'inventory.class1'),
        inventoryColumn(t.class2, 'class2', 'inventory.class2'),
        inventoryColumn(t.class3, 'class3', 'inventory.class3'),
        inventoryColumn(t.unclassified, 'unclassified', null),
        inventoryColumn(t.total, 'total', 'inventory.total'),
      ],
    },
    {
      title: t.planned,
      children: [
        plannedColumn(t.plannedTotal, 'total', 'planned.total'),
        plannedColumn(t.class1, 'class1', null),
        plannedColumn(t.class2, 'class2', null),
        plannedColumn(t.class3, 'class3', null),
      ],
    },
  ];
  return (
    <div data-testid="class-table">
      <Typography.Title level={4} style={{ textAlign: 'center' }}>{t.caption(streetName)}</Typography.Title>
      <Table<TableRow>
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={rows}
        rowClassName={(row) => (row.isTotal ? 'class-table-total' : '')}
        onRow={(row) => testIdProps(`class-row-${row.isTotal ? 'total' : row.name}`)}
        locale={{ emptyText: t.empty }}
      />
      <div className="class-table-legend">
        <span className="finding finding-plan">{t.legendPlan}</span>
        <span className="finding finding-drift">{t.legendDrift}</span>
      </div>
    </div>
  );
}
