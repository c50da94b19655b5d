import { App as AntApp, Button, Descriptions, Drawer, Popconfirm, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { RecordHistory } from '../../history/ui';
import { ComplaintCitation } from '../../complaints/ui';
import { useState } from 'react';
import type { NoticeEvent, RectificationNotice } from '../../../shared/inspections/notice';
import { daysOverdue, shownStatus } from '../../../shared/inspections/overdue';
import { useDb } from '../../db/DbContext';
import { useNotice } from '../inspectionHooks';
import { deleteNotice } from '../noticeRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { useEstateDirectory } from '../useEstateDirectory';
import { useToday } from '../useToday';
import { NoticeActionModal, type NoticeAction } from './NoticeActionModal';
import { NoticePrintPreview } from './NoticePrintPreview';
import { NoticeStatusTag } from './NoticeStatusTag';

function EventLine({ event }: { event: NoticeEvent }) {
  const { inspections: t } = useMessages();
  const what =
    event.type === 'reported'
      ? t.notice.reportedEvent
      : event.type === 'rechecked'
        ? event.passed
          ? t.notice.recheckPassed
          : t.notice.recheckFailed(event.newDeadline ?? '')
        : t.notice.escalatedEvent(t.escalation[event.escalation]);
  return (
    <>
      <Typography.Text strong>{event.on}</Typography.Text> {what}
      {event.note !== '' && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{event.note}</Typography.Paragraph>}
    </>
  );
}

function eventColor(event: NoticeEvent): string {
  if (event.type === 'rechecked') return event.passed ? 'green' : 'red';
  return event.type === 'escalated' ? 'orange' : 'blue';
}

function NoticeBody({ notice, onClose }: { notice: RectificationNotice; onClose: () => void }) {
  const { inspections: t, ui, domain } = useMessages();
  const { message } = AntApp.useApp();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const [action, setAction] = useState<NoticeAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const closed = notice.status === 'closed';
  const late = daysOverdue(notice, today);

  const remove = async () => {
    await deleteNotice(db, notice.id);
    void message.success(t.notice.deleted);
    onClose();
  };

  return (
    <div data-testid="notice-drawer">
      <Space wrap style={{ marginBottom: 12 }}>
        <NoticeStatusTag status={shownStatus(notice, today)} />
        {late > 0 && <Tag color="red" data-testid="notice-days-overdue">{t.noticeLedger.daysOverdue(late)}</Tag>}
        <ComplaintCitation inspectionId={notice.inspectionId} />
      </Space>
      <Descriptions bordered size="small" column={1} data-testid="notice-facts">
        <Descriptions.Item label={t.notice.estate}>{directory?.label(notice.estateId)}</Descriptions.Item>
        <Descriptions.Item label={t.notice.responsibleParty}>{notice.responsibleParty}</Descriptions.Item>
        <Descriptions.Item label={t.notice.issuedOn}>{notice.issuedOn}</Descriptions.Item>
        <Descriptions.Item label={t.notice.deadline}>
          <span data-testid="notice-deadline">{notice.deadline}</span>
          {notice.deadline !== notice.originalDeadline && <Typography.Text type="secondary">{domain.aside('', `${t.notice.originalDeadline} ${notice.originalDeadline}`).trim()}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t.notice.items}>
          <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="notice-items">
            {notice.items.map((item, index) => (
              <li key={index}>{`${t.category[item.category]}${domain.separator}${item.text}`}</li>
            ))}
          </ol>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ margin: '16px 0' }}>
        <Button disabled={closed || notice.status === 'reported'} onClick={() => setAction('report')} data-testid="notice-report">{t.notice.report}</Button>
        <Button type="primary" disabled={closed} onClick={() => setAction('recheck')} data-testid="notice-recheck">{t.notice.recheck}</Button>
        <Button disabled={closed} onClick={() => setAction('escalate')} data-testid="notice-escalate">{t.notice.escalate}</Button>
        <Button onClick={() => setPrinting(true)} data-testid="notice-print">{t.notice.print}</Button>
        <Popconfirm title={t.notice.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => void remove()}>
          <Button danger data-testid="notice-delete">{t.notice.delete}</Button>
        </Popconfirm>
      </Space>
      <Typography.Title level={5}>{t.notice.history}</Typography.Title>
      <Timeline
        data-testid="notice-history"
        items={[
          { color: 'gray', content: <><Typography.Text strong>{notice.issuedOn}</Typography.Text> {t.notice.issuedEvent}</> },
          ...notice.events.map((event) => ({ color: eventColor(event), content: <EventLine event={event} /> })),
        ]}
      />
      <RecordHistory kind="notice" recordId={notice.id} />
      <NoticeActionModal notice={notice} action={action} onClose={() => setAction(null)} />
      <NoticePrintPreview notice={notice} open={printing} onClose={() => setPrinting(false)} />
    </div>
  );
}

/** One notice: its facts, its history, the next steps, printing. */
export function NoticeDrawer({ noticeId, onClose }: { noticeId: string | null; onClose: () => void }) {
  const { inspections: t } = useMessages();
  const notice = useNotice(noticeId ?? undefined);
  return (
    <Drawer open={noticeId !== null} onClose={onClose} size={640} title={notice ? t.notice.title(notice.number) : ''} destroyOnHidden>
      {notice === undefined && <Spin />}
      {notice === null && noticeId !== null && <Result status="404" title={t.notice.missing} />}
      {notice && <NoticeBody notice={notice} onClose={onClose} />}
    </Drawer>
  );
}
