import { Tag } from 'antd';
import type { ShownStatus } from '../../../shared/inspections/overdue';
import { useMessages } from '../../i18n/I18nProvider';

const COLORS: Readonly<Record<ShownStatus, string>> = {
  pending: 'gold',
  reported: 'blue',
  reopened: 'volcano',
  overdue: 'red',
  closed: 'green',
};

export function NoticeStatusTag({ status }: { status: ShownStatus }) {
  const { inspections: t } = useMessages();
  return (
    <Tag color={COLORS[status]} data-testid="notice-status" data-status={status}>
      {t.status[status]}
    </Tag>
  );
}
