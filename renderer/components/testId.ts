import type { HTMLAttributes } from 'react';

type TestIdProps = HTMLAttributes<HTMLElement> & Readonly<Record<'data-testid', string>>;

/** Row and cell props for antd's `onRow`/`onCell`, whose types know no data-* attributes. */
export function testIdProps(id: string): TestIdProps {
  return { 'data-testid': id };
}
