import { useEffect, useRef, type RefObject } from 'react';

/**
 * A virtual antd table is a <table> for the header and <div>s for the body, which assistive
 * technology cannot read as one table. This names the whole as one ARIA table: the header table
 * gives up its own role and keeps its rows and column headers, the body becomes a row group
 * whose rows (`tableRowProps`) and cells (`role: 'cell'`) join the same table.
 */
export function useAriaTable(label: string, rowCount: number): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    const container = root?.querySelector('.ant-table-container');
    if (!root || !container) return;
    container.setAttribute('role', 'table');
    container.setAttribute('aria-label', label);
    container.setAttribute('aria-rowcount', String(rowCount + 1));
    for (const table of container.querySelectorAll('table')) table.setAttribute('role', 'presentation');
    for (const group of container.querySelectorAll('thead, tbody, tfoot, .ant-table-tbody-virtual')) group.setAttribute('role', 'rowgroup');
    for (const row of container.querySelectorAll('thead tr, tbody tr, tfoot tr')) row.setAttribute('role', 'row');
    for (const header of container.querySelectorAll('thead th')) header.setAttribute('role', 'columnheader');
    for (const cell of container.querySelectorAll('tbody td, tfoot td')) cell.setAttribute('role', 'cell');
  });
  return ref;
}
