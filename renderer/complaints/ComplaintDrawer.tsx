import { App as AntApp, Button, Descriptions, Drawer, List, Popconfirm, Result, Space, Spin, Switch, Timeline, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { complaintDue, nextSteps, personalAs, type Complaint, type ComplaintEvent, type ComplaintEventType, type PersonalView } from '../../shared/complaints';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { RecordHistory } from '../history/ui';
import { useMessages } from '../i18n/I18nProvider';
import { useEstateDirectory, useInspectionDialogs, useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { addAttachment, removeAttachment } from './attachmentRepository';
import { useAttachments, useComplaint, useComplaintLinks } from './complaintHooks';
import { deleteComplaint, inspectComplaint } from './complaintRepository';
import { ComplaintFormModal, type ComplaintFormMode } from './ComplaintFormModal';
import { ComplaintDueTag, ComplaintStatusTag } from './ComplaintStatusTag';
import { ComplaintStepModal } from './ComplaintStepModal';

function EventLine({ event }: { event: ComplaintEvent }) {
  const { complaints: t } = useMessages();
  const directory = useEstateDirectory();
  const detail = (() => {
    switch (event.type) {
      case 'accepted':
        return t.event.accepted(event.note);
      case 'rejected':
        return t.event.rejected(event.reason);
      case 'assigned': {
        const community = event.communityId === null ? '' : (directory?.communities.find((c) => c.id === event.communityId)?.name ?? '');
        return t.event.assigned([community, event.assignee].filter((s) => s !== '').join(' '));
      }
      case 'mediated':
        return t.event.mediated(event.parties, event.agreed);
      case 'extended':
        return t.event.extended(event.days, event.reason);
      case 'replied':
        return t.event.replied(event.reply);
      case 'visited':
        return t.event.visited(t.satisfaction[event.satisfaction], event.note);
      case 'reopened':
        return t.event.reopened(event.reason);
      case 'concluded':
        return t.event.concluded(event.note);
    }
  })();
  return (
    <div data-testid={`complaint-event-${event.type}`}>
      <Typography.Text strong>{event.on}</Typography.Text> {t.stepDone[event.type]}
      <Typography.Text type="secondary"> {t.detail.by(event.by, dayjs(event.at).format('YYYY-MM-DD HH:mm'))}</Typography.Text>
      {detail !== '' && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{detail}</Typography.Paragraph>}
    </div>
  );
}

/** Opens an attachment in a new window; the URL lives only as long as it takes to open it. */
function openBlob(blob: Blob): void {
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const EVENT_COLOR: Readonly<Partial<Record<ComplaintEventType, string>>> = { rejected: 'gray', reopened: 'red', concluded: 'green', extended: 'orange' };

function ComplaintBody({ complaint, view, onClose }: { complaint: Complaint; view: PersonalView; onClose: () => void }) {
  const { complaints: t, ui } = useMessages();
  const { settings } = useSettings();
  const { message } = AntApp.useApp();
  const refusal = useRefusal();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const dialogs = useInspectionDialogs();
  const links = useComplaintLinks(complaint);
  const attachments = useAttachments(complaint.id);
  const [step, setStep] = useState<ComplaintEventType | null>(null);
  const [editing, setEditing] = useState<ComplaintFormMode | null>(null);
  const [shown, setShown] = useState<PersonalView>(view);
  const rules = settings.complaintRules;
  const due = complaintDue(complaint, today, rules);
  const personal = personalAs(complaint, shown);
  const community = complaint.communityId === null ? '' : (directory?.communities.find((c) => c.id === complaint.communityId)?.name ?? '');

  const inspect = () =>
    refusal.run(async () => {
      const inspection = await inspectComplaint(db, complaint.id, { on: today, time: dayjs().format('HH:mm'), inspectors: settings.operator === '' ? [] : [settings.operator] }, t.detail.fromComplaint);
      dialogs.openInspection(inspection.id);
    });
  const remove = () =>
    refusal.run(async () => {
      await deleteComplaint(db, complaint.id);
      void message.success(t.detail.deleted);
      onClose();
    });

  return (
    <div data-testid="complaint-drawer">
      <Space wrap style={{ marginBottom: 12 }}>
        <ComplaintStatusTag status={complaint.status} />
        <ComplaintDueTag due={due} />
        {due && (
          <Typography.Text type={due.state === 'overdue' ? 'danger' : 'secondary'} data-testid="complaint-deadline">
            {`${t.detail.deadline(t.stage[due.stage], due.deadline)} · ${due.state === 'overdue' ? t.detail.daysOverdue(due.daysOverdue) : t.detail.daysLeft(dayjs(due.deadline).diff(dayjs(today), 'day'))}`}
          </Typography.Text>
        )}
        <Switch checked={shown === 'shown'} onChange={(on) => setShown(on ? 'shown' : 'masked')} checkedChildren={t.page.showPersonal} unCheckedChildren={t.page.showPersonal} data-testid="complaint-show-personal" />
      </Space>
      <Descriptions bordered size="small" column={2} data-testid="complaint-facts">
        <Descriptions.Item label={t.column.receivedOn}>{`${complaint.receivedOn} ${complaint.receivedAt}`}</Descriptions.Item>
        <Descriptions.Item label={t.column.channel}>{t.channel[complaint.channel]}</Descriptions.Item>
        {complaint.workOrderNumber !== '' && <Descriptions.Item label={t.column.workOrderNumber} span={2}>{`${complaint.workOrderNumber}${complaint.hotlineDeadline ? ` · ${t.form.hotlineDeadline} ${complaint.hotlineDeadline}` : ''}`}</Descriptions.Item>}
        <Descriptions.Item label={t.column.complainant}><span data-testid="complaint-complainant">{personal.complainantName}</span></Descriptions.Item>
        <Descriptions.Item label={t.column.phone}><span data-testid="complaint-phone">{personal.complainantPhone}</span></Descriptions.Item>
        <Descriptions.Item label={t.form.complainantAddress} span={2}>{personal.complainantAddress}</Descriptions.Item>
        <Descriptions.Item label={t.column.estate}>{complaint.estateId === null ? community : (directory?.label(complaint.estateId) ?? '')}</Descriptions.Item>
        <Descriptions.Item label={t.column.against}>{`${t.party[complaint.against]} ${complaint.againstName}`}</Descriptions.Item>
        <Descriptions.Item label={t.column.category} span={2}>{t.category[complaint.category]}</Descriptions.Item>
        <Descriptions.Item label={t.form.content} span={2}><span style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-content">{complaint.content}</span></Descriptions.Item>
        {complaint.extensionDays > 0 && <Descriptions.Item label={t.step.extended} span={2}>{t.detail.extension(complaint.extensionDays, complaint.extensionReason)}</Descriptions.Item>}
      </Descriptions>
      <Space wrap style={{ margin: '16px 0' }}>
        {nextSteps(complaint, rules.extensionMaxDays).map((next, i) => (
          <Button key={next} type={i === 0 ? 'primary' : 'default'} onClick={() => setStep(next)} data-testid={`complaint-step-${next}`}>{t.step[next]}</Button>
        ))}
        <Button disabled={complaint.estateId === null} onClick={() => void inspect()} data-testid="complaint-inspect">{t.detail.inspectThis}</Button>
        <Button onClick={() => setEditing({ kind: 'edit', complaint })} data-testid="complaint-edit">{ui.common.edit}</Button>
        <Popconfirm title={t.detail.deleteConfirm} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => void remove()}>
          <Button danger data-testid="complaint-delete">{t.detail.delete}</Button>
        </Popconfirm>
      </Space>
      <Typography.Title level={5}>{t.detail.course}</Typography.Title>
      <Timeline
        data-testid="complaint-course"
        items={[
          { color: 'gray', content: <><Typography.Text strong>{complaint.receivedOn}</Typography.Text> {t.detail.received}</> },
          ...complaint.events.map((event) => ({ color: EVENT_COLOR[event.type] ?? 'blue', content: <EventLine event={event} /> })),
        ]}
      />
      <Typography.Title level={5}>{t.detail.linked}</Typography.Title>
      <List
        size="small"
        data-testid="complaint-links"
        loading={links === undefined}
        dataSource={links?.inspections ?? []}
        locale={{ emptyText: t.detail.noLinks }}
        renderItem={(inspection) => {
          const notices = (links?.notices ?? []).filter((n) => n.inspectionId === inspection.id);
          return (
            <List.Item>
              <Space wrap>
                <Button type="link" style={{ padding: 0 }} onClick={() => dialogs.openInspection(inspection.id)} data-testid={`complaint-inspection-${inspection.inspectedOn}`}>{t.detail.inspected(inspection.inspectedOn)}</Button>
                {notices.map((n) => (
                  <Button key={n.id} type="link" style={{ padding: 0 }} onClick={() => dialogs.openNotice(n.id)} data-testid={`complaint-notice-${n.number}`}>{t.detail.notices(n.number)}</Button>
                ))}
              </Space>
            </List.Item>
          );
        }}
      />
      <Typography.Title level={5}>{t.detail.attachments}</Typography.Title>
      <List
        size="small"
        dataSource={attachments ?? []}
        locale={{ emptyText: t.detail.noAttachments }}
        renderItem={(a) => (
          <List.Item actions={[<Button key="remove" type="link" danger onClick={() => void refusal.run(() => removeAttachment(db, a.id))}>{t.detail.removeAttachment}</Button>]}>
            <Button type="link" style={{ padding: 0 }} onClick={() => openBlob(a.blob)} data-testid={`complaint-attachment-${a.name}`}>{a.name}</Button>
          </List.Item>
        )}
      />
      <Upload
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          void refusal.run(() => addAttachment(db, complaint.id, { name: file.name, type: file.type, blob: file }));
          return false;
        }}
      >
        <Button data-testid="complaint-add-attachment">{t.detail.addAttachment}</Button>
      </Upload>
      <RecordHistory kind="complaint" recordId={complaint.id} />
      <ComplaintStepModal complaint={complaint} step={step} onClose={() => setStep(null)} />
      <ComplaintFormModal mode={editing} onClose={() => setEditing(null)} />
      {dialogs.dialogs}
    </div>
  );
}

/** One complaint: what came in, where it stands against its deadlines, its course, its links. */
export function ComplaintDrawer({ complaintId, view, onClose }: { complaintId: string | null; view: PersonalView; onClose: () => void }) {
  const { complaints: t } = useMessages();
  const complaint = useComplaint(complaintId);
  return (
    <Drawer open={complaintId !== null} onClose={onClose} size={720} title={complaint ? t.detail.title(complaint.number) : ''} destroyOnHidden>
      {complaint === undefined && <Spin />}
      {complaint === null && complaintId !== null && <Result status="404" />}
      {complaint && <ComplaintBody complaint={complaint} view={view} onClose={onClose} />}
    </Drawer>
  );
}
