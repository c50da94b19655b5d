import { Tag } from 'antd';
import type { ComplaintDue, ComplaintStatus } from '../../shared/complaints';
import { useMessages } from '../i18n/I18nProvider';

const STATUS_COLOR: Readonly<Record<ComplaintStatus, string>> = {
  received: 'gold', accepted: 'blue', rejected: 'default', handling: 'processing', replied: 'cyan', visited: 'purple', concluded: 'green',
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { complaints: t } = useMessages();
  return <Tag color={STATUS_COLOR[status]} data-testid="complaint-status">{t.status[status]}</Tag>;
}

/** 即将到期 / 逾期 with the stage it is about (受理逾期, 办结即将到期); nothing while in time. */
export function ComplaintDueTag({ due }: { due: ComplaintDue | null }) {
  const { complaints: t } = useMessages();
  if (due === null || due.state === 'inTime') return null;
  return (
    <Tag color={due.state === 'overdue' ? 'red' : 'orange'} data-testid={`complaint-due-${due.state}`}>
      {`${t.stage[due.stage]}${t.state[due.state]}`}
    </Tag>
  );
}
