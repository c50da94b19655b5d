import { Table } from 'antd';
import type { ColumnGroupType, ColumnsType } from 'antd/es/table';
import { COVERAGE_MEASURES, share, type CoverageCounts, type CoverageMeasure, type CoverageTable } from '../../shared/committees/coverage';
import type { EstateClassCode } from '../../shared/estates';
import { testIdProps } from '../components/testId';
import { useMessages } from '../i18n/I18nProvider';

interface Line {
  readonly key: string;
  readonly name: string;
  readonly counts: CoverageCounts;
}

/** `all` or one class: which estates the table counts. */
export type CoverageView = 'all' | EstateClassCode;

/**
 * The coverage table on screen: one row per community and the street's totals, each measure
 * as a count and a share of the estates counted. Cells carry test ids
 * `coverage-<community|total>-<measure>`.
 */
export function CoverageTableView({ table, view }: { table: CoverageTable; view: CoverageView }) {
  const { committees } = useMessages();
  const t = committees.coverage;
  const pick = (line: CoverageTable['totals']) => (view === 'all' ? line.all : line.byClass[view]);
  const lines: Line[] = table.rows.map((row) => ({ key: row.communityId, name: row.name, counts: pick(row) }));
  const totals = pick(table.totals);

  const cell = (key: string, value: string) => <span data-testid={key}>{value}</span>;
  const measureColumns = (measure: CoverageMeasure): ColumnGroupType<Line> => ({
    title: t[measure],
    key: measure,
    children: [
      { title: t.count, key: `${measure}-count`, align: 'right', width: 80, render: (_, l) => cell(`coverage-${l.name}-${measure}`, String(l.counts[measure])) },
      {
        title: t.percent,
        key: `${measure}-share`,
        align: 'right',
        width: 80,
        render: (_, l) => cell(`coverage-${l.name}-${measure}-share`, t.share(share(l.counts[measure], l.counts.estates))),
      },
    ],
  });
  const columns: ColumnsType<Line> = [
    { title: t.community, key: 'name', width: 140, render: (_, l) => l.name },
    { title: t.estates, key: 'estates', align: 'right', width: 80, render: (_, l) => cell(`coverage-${l.name}-estates`, String(l.counts.estates)) },
    ...COVERAGE_MEASURES.map(measureColumns),
  ];
  const summaryCells = [
    cell('coverage-total-estates', String(totals.estates)),
    ...COVERAGE_MEASURES.flatMap((m) => [
      cell(`coverage-total-${m}`, String(totals[m])),
      cell(`coverage-total-${m}-share`, t.share(share(totals[m], totals.estates))),
    ]),
  ];

  return (
    <Table<Line>
      size="small"
      bordered
      rowKey="key"
      pagination={false}
      dataSource={lines}
      columns={columns}
      onRow={(l) => testIdProps(`coverage-row-${l.name}`)}
      locale={{ emptyText: t.empty }}
      data-testid="coverage-table"
      summary={() => (
        <Table.Summary.Row data-testid="coverage-totals">
          <Table.Summary.Cell index={0}>{t.streetTotal}</Table.Summary.Cell>
          {summaryCells.map((content, i) => (
            <Table.Summary.Cell key={i} index={i + 1} align="right">{content}</Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
