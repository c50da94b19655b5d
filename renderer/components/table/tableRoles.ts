import type { HTMLAttributes } from 'react';

type RowProps = HTMLAttributes<HTMLElement> & Readonly<Record<'data-testid', string>>;

/**
 * Props of a body row for antd's `onRow`. A virtual table draws its body rows as <div>s, which
 * a screen reader does not know as rows; the role and the row's place in the whole list (the
 * header is row 1) make them rows again, as in the ordinary tables.
 */
export function tableRowProps(testId: string, rowIndex: number | undefined): RowProps {
  return { 'data-testid': testId, role: 'row', 'aria-rowindex': rowIndex === undefined ? undefined : rowIndex + 2 };
}
