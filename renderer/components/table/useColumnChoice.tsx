import type { ColumnType } from 'antd/es/table';
import { useCallback, useMemo, useState } from 'react';
import { useUiScale } from '../../app/UiScale';
import { readColumnChoice, writeColumnChoice } from './columnChoice';

/** A ledger column with what the chooser needs: a stable key, a title to list, a width to fit. */
export interface LedgerColumn<T> extends ColumnType<T> {
  readonly key: string;
  readonly title: string;
  readonly width: number;
  /** Always shown (the record's name, its actions); not offered in the chooser. */
  readonly always?: boolean;
}

export interface ColumnChoice<T> {
  /** The columns to render, in table order. */
  readonly shown: LedgerColumn<T>[];
  /** Sum of the shown widths: the table scrolls sideways only when they do not fit. */
  readonly width: number;
  /** What the chooser offers: every column that may be hidden. */
  readonly choosable: readonly LedgerColumn<T>[];
  readonly shownKeys: readonly string[];
  choose(keys: readonly string[]): void;
  reset(): void;
}

/** The columns a clerk chose for `table`, remembered on this computer (see columnChoice.ts). */
export function useColumnChoice<T>(table: string, columns: readonly LedgerColumn<T>[], defaults: readonly string[]): ColumnChoice<T> {
  const all = useMemo(() => columns.map((c) => c.key), [columns]);
  const [keys, setKeys] = useState<string[]>(() => readColumnChoice(window.localStorage, table, all, defaults));
  const choose = useCallback(
    (next: readonly string[]) => {
      const ordered = all.filter((key) => next.includes(key));
      setKeys(ordered);
      writeColumnChoice(window.localStorage, table, ordered);
    },
    [all, table],
  );
  const reset = useCallback(() => choose(defaults), [choose, defaults]);
  const scale = useUiScale();
  const shown = useMemo(
    () =>
      columns
        .filter((c) => c.always === true || keys.includes(c.key))
        // Cells say they are cells: a virtual table draws them as <div>s (see useAriaTable).
        .map((c) => ({ ...c, width: Math.round(c.width * scale), onCell: (row: T, index?: number) => ({ ...c.onCell?.(row, index), role: 'cell' }) })),
    [columns, keys, scale],
  );
  return {
    shown,
    width: shown.reduce((sum, c) => sum + c.width, 0),
    choosable: columns.filter((c) => c.always !== true),
    shownKeys: keys,
    choose,
    reset,
  };
}
