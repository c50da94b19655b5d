import type { ReactNode } from 'react';

/**
 * An action in a table row (编辑, 删除), drawn as a link: a plain button, so Tab reaches it and
 * Enter or Space presses it, but not antd's Button, whose wave, tokens and styles each drawn row
 * would build again on every redraw of a long table (the estate filter redraws it per keystroke).
 */
export function RowAction({ onClick, danger = false, testId, children }: { onClick: () => void; danger?: boolean; testId?: string; children: ReactNode }) {
  return (
    <button type="button" className={danger ? 'row-action row-action-danger' : 'row-action'} data-testid={testId} onClick={onClick}>
      {children}
    </button>
  );
}
