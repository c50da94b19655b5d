import { Button } from 'antd';
import type { ReactNode } from 'react';

/**
 * A record's name in a table that opens it in a drawer: a real button, so Tab reaches it and
 * Enter opens it, drawn as a link to read like the rest of the row.
 */
export function OpenRecordButton({ onOpen, testId, children }: { onOpen: () => void; testId?: string; children: ReactNode }) {
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} data-testid={testId} onClick={onOpen}>
      {children}
    </Button>
  );
}
