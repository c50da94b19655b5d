import { Space, Tag, Typography } from 'antd';
import type { TaskStatus } from '../../shared/campaigns';
import { useMessages } from '../i18n/I18nProvider';

const COLOURS = { notStarted: 'default', inProgress: 'blue', done: 'green', overdue: 'red' } as const;

/** 未开始 / 进行中 / 已完成 / 逾期, with how late or how close. */
export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const { campaigns: t } = useMessages();
  return (
    <Space size={4}>
      <Tag color={status.code === 'done' && status.doneLate ? 'orange' : COLOURS[status.code]}>{status.code === 'done' && status.doneLate ? t.doneLate : t.status[status.code]}</Tag>
      {status.code === 'overdue' && <Typography.Text type="danger">{t.task.daysOverdue(status.daysOverdue)}</Typography.Text>}
      {status.code !== 'done' && status.code !== 'overdue' && status.daysLeft !== null && status.daysLeft <= 7 && <Typography.Text type="warning">{t.task.daysLeft(status.daysLeft)}</Typography.Text>}
    </Space>
  );
}
