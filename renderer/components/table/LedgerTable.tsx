import { Button, Table } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useWindowHeight } from '../useWindowHeight';
import { ColumnChooser } from './ColumnChooser';
import { tableRowProps } from './tableRoles';
import { useAriaTable } from './useAriaTable';
import type { ColumnChoice } from './useColumnChoice';

/**
 * The tools beside a ledger's filters: the column chooser and the export of exactly the rows
 * shown (`${testId}-columns`, `${testId}-export`).
 */
export function LedgerTools<Row>({ testId, choice, shownCount, exportLabel, onExport }: {
  testId: string;
  choice: ColumnChoice<Row>;
  shownCount: number;
  exportLabel: ReactNode;
  onExport: () => void;
}) {
  return (
    <>
      <ColumnChooser choice={choice} testId={`${testId}-columns`} />
      <Button disabled={shownCount === 0} data-testid={`${testId}-export`} onClick={onExport}>{exportLabel}</Button>
    </>
  );
}

/**
 * A ledger's virtual table and its count of rows shown (`${testId}-shown`), filling the window's
 * height less what the page puts above it (`reserved` px), named for screen readers.
 */
export function LedgerTable<Row extends { readonly id: string }>({ testId, label, choice, rows, shown, reserved, rowTestId, emptyText, shownText }: {
  testId: string;
  label: string;
  choice: ColumnChoice<Row>;
  /** Every row read; undefined while loading. */
  rows: readonly Row[] | undefined;
  /** The rows the filters let through, in the order shown. */
  shown: Row[];
  reserved: number;
  rowTestId: (row: Row) => string;
  emptyText: ReactNode;
  shownText: (shown: number, total: number) => string;
}) {
  const windowHeight = useWindowHeight();
  const scroll = useMemo(() => ({ x: choice.width, y: Math.max(240, windowHeight - reserved) }), [choice.width, windowHeight, reserved]);
  const tableRef = useAriaTable(label, shown.length);
  return (
    <div ref={tableRef}>
      <Table<Row>
        virtual
        rowKey="id"
        size="small"
        bordered
        loading={rows === undefined}
        dataSource={shown}
        columns={choice.shown}
        pagination={false}
        scroll={scroll}
        onRow={(row, rowIndex) => tableRowProps(rowTestId(row), rowIndex)}
        locale={{ emptyText }}
        footer={() => <span data-testid={`${testId}-shown`}>{shownText(shown.length, rows?.length ?? 0)}</span>}
      />
    </div>
  );
}
