import { Empty, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** An empty table or page that says what to do next, with the buttons to do it. */
export function EmptyState({ title, hint, actions, testId }: { title: string; hint?: string; actions: ReactNode; testId: string }) {
  return (
    <Empty
      data-testid={testId}
      description={
        <Space direction="vertical" size={4}>
          <Typography.Text strong>{title}</Typography.Text>
          {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        </Space>
      }
    >
      <Space wrap>{actions}</Space>
    </Empty>
  );
}
