import { Button, Col, Form, Input, Popconfirm, Row, Select, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { CampaignDossier, CampaignSummary, CampaignTask, TaskLine } from '../../shared/campaigns';
import { FormDialog } from '../components/FormDialog';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { campaignFileOf } from './campaignFileRepository';
import { FileLink } from './FileLink';
import { TaskStatusTag } from './TaskStatusTag';
import { addProgressNote, createTask, deleteTask, updateTask } from './taskRepository';
import { taskConflict, taskDraft, taskFormValues, type TaskValues } from './taskForm';

function TaskFormModal({ dossier, task, open, onClose }: { dossier: CampaignDossier; task: CampaignTask | null; open: boolean; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.campaigns;
  const db = useDb();
  const write = (values: TaskValues, edited: number | undefined) => {
    const draft = taskDraft(dossier.campaign.id, values);
    return task ? updateTask(db, task.id, draft, edited) : createTask(db, draft);
  };
  return (
    <FormDialog open={open} title={task ? t.task.editTitle : t.task.addTitle} testId="task" initialValues={taskFormValues(task, dossier.campaign.phases[0]?.name ?? '', messages)} version={task?.updatedAt} conflict={task ? taskConflict(messages) : undefined} write={write} savedMessage={t.task.saved} onClose={onClose}>
      <Form.Item name="title" label={t.task.title} required>
        <Input data-testid="task-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="phase" label={t.task.phase}>
            <Select options={[{ value: '', label: t.task.wholeCampaign }, ...dossier.campaign.phases.map((p) => ({ value: p.name, label: p.name }))]} data-testid="task-phase" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="dueOn" label={t.task.dueOn} required>
            <Input data-testid="task-dueOn" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="leadDepartment" label={t.task.lead}>
            <Input data-testid="task-lead" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="responsibleDepartments" label={t.task.responsible} extra={t.task.responsibleHint}>
            <Input data-testid="task-responsible" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="startedOn" label={t.task.startedOn}>
            <Input data-testid="task-startedOn" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="doneOn" label={t.task.doneOn}>
            <Input data-testid="task-doneOn" />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}

interface NoteValues {
  on: string;
  text: string;
}

function NoteModal({ task, today, onClose }: { task: CampaignTask | null; today: string; onClose: () => void }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const [files, setFiles] = useState<File[]>([]);
  const close = () => {
    setFiles([]);
    onClose();
  };
  const write = (values: NoteValues) => {
    const at = Date.now();
    return addProgressNote(db, task?.id ?? '', values, files.map((f) => campaignFileOf(f, at)));
  };
  return (
    <FormDialog open={task !== null} title={t.task.noteTitle} testId="note" initialValues={{ on: today, text: '' }} write={write} savedMessage={t.task.noteSaved} onClose={close}>
      <Form.Item name="on" label={t.task.noteOn} required>
        <Input data-testid="note-on" />
      </Form.Item>
      <Form.Item name="text" label={t.task.noteText}>
        <Input.TextArea rows={3} data-testid="note-text" />
      </Form.Item>
      <Form.Item label={t.task.attachments}>
        <Upload multiple beforeUpload={(file) => (setFiles((list) => [...list, file]), false)} onRemove={(file) => setFiles((list) => list.filter((f) => f.name !== file.name))} fileList={files.map((f, i) => ({ uid: String(i), name: f.name }))}>
          <Button data-testid="note-files">{t.task.pickFiles}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}

/** The campaign's tasks by deadline, each with its status today and its progress notes. */
export function TaskSection({ dossier, summary }: { dossier: CampaignDossier; summary: CampaignSummary }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const refusal = useRefusal();
  const [editing, setEditing] = useState<CampaignTask | null | 'new'>(null);
  const [noting, setNoting] = useState<CampaignTask | null>(null);
  const columns: ColumnsType<TaskLine> = [
    { title: t.task.phase, key: 'phase', width: 120, render: (_, r) => r.task.phase || t.task.wholeCampaign },
    { title: t.task.title, key: 'title', render: (_, r) => r.task.title },
    { title: t.task.dueOn, key: 'dueOn', width: 110, render: (_, r) => r.task.dueOn },
    { title: t.task.lead, key: 'lead', width: 110, render: (_, r) => r.task.leadDepartment },
    { title: t.task.responsible, key: 'responsible', render: (_, r) => r.task.responsibleDepartments.join('、') },
    { title: t.task.status, key: 'status', width: 150, render: (_, r) => <TaskStatusTag status={r.status} /> },
    {
      title: t.task.notes,
      key: 'notes',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.task.notes.map((n, i) => (
            <Typography.Text key={i} style={{ fontSize: 12 }}>
              {n.on} {n.text} {n.attachments.map((a) => <FileLink key={a.fileId} file={a} />)}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    {
      key: 'actions',
      width: 200,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setNoting(r.task)} data-testid={`task-note-${r.task.title}`}>{t.task.addNote}</Button>
          {r.status.code !== 'done' && (
            <Button type="link" size="small" onClick={() => void refusal.run(() => updateTask(db, r.task.id, { doneOn: summary.day }), { done: t.task.done })} data-testid={`task-done-${r.task.title}`}>
              {t.task.markDone}
            </Button>
          )}
          <Button type="link" size="small" onClick={() => setEditing(r.task)}>{t.task.edit}</Button>
          <Popconfirm title={t.task.confirmDelete} onConfirm={() => void refusal.run(() => deleteTask(db, r.task.id))}>
            <Button type="link" size="small" danger>{t.task.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="campaign-tasks">
      <Button onClick={() => setEditing('new')} style={{ marginBottom: 8 }} data-testid="task-add">{t.task.add}</Button>
      <Table<TaskLine> size="small" rowKey={(r) => r.task.id} dataSource={[...summary.tasks]} columns={columns} pagination={false} locale={{ emptyText: t.task.empty }} onRow={(r) => testIdProps(`task-row-${r.task.title}`)} />
      <TaskFormModal dossier={dossier} task={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
      <NoteModal task={noting} today={summary.day} onClose={() => setNoting(null)} />
    </div>
  );
}

