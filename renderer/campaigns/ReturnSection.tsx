import { Button, Card, Checkbox, Col, Form, Input, Popconfirm, Radio, Row, Segmented, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { CAMPAIGN_INSPECTION_KINDS, partyName, PARTY_KINDS, type ChecklistLine, type CampaignDossier, type CampaignSummary, type ReturnLine, type ReturnParty } from '../../shared/campaigns';
import { FormDialog } from '../components/FormDialog';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { campaignFileOf } from './campaignFileRepository';
import { FileLink } from './FileLink';
import { createReturn, deleteFiling, deleteReturn, recordFiling } from './returnRepository';

function ReturnFormModal({ campaignId, open, onClose }: { campaignId: string; open: boolean; onClose: () => void }) {
  const { campaigns: t, inspections } = useMessages();
  const db = useDb();
  return (
    <FormDialog
      open={open}
      title={t.returns.addTitle}
      testId="return"
      initialValues={{ title: '', dueOn: '', partyKind: 'company', inspectionKinds: ['selfInspection'] }}
      write={(values) => createReturn(db, { ...values, campaignId })}
      savedMessage={t.returns.saved}
      onClose={onClose}
    >
      <Form.Item name="title" label={t.returns.title} required>
        <Input placeholder={t.returns.titlePlaceholder} data-testid="return-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={10}>
          <Form.Item name="dueOn" label={t.returns.dueOn} required>
            <Input data-testid="return-dueOn" />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="partyKind" label={t.returns.partyKind}>
            <Radio.Group options={PARTY_KINDS.map((k) => ({ value: k, label: t.partyKind[k] }))} data-testid="return-partyKind" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="inspectionKinds" label={t.returns.countsInspections}>
        <Checkbox.Group options={CAMPAIGN_INSPECTION_KINDS.map((k) => ({ value: k, label: inspections.kind[k] }))} />
      </Form.Item>
    </FormDialog>
  );
}

function FilingModal({ target, today, onClose }: { target: { returnId: string; party: ReturnParty; name: string } | null; today: string; onClose: () => void }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const [file, setFile] = useState<File | null>(null);
  const close = () => {
    setFile(null);
    onClose();
  };
  return (
    <FormDialog
      open={target !== null}
      title={t.returns.recordTitle(target?.name ?? '')}
      testId="filing"
      initialValues={{ receivedOn: today, note: '' }}
      write={(values) => recordFiling(db, target?.returnId ?? '', target!.party, values, file ? campaignFileOf(file, Date.now()) : null)}
      savedMessage={t.returns.filingSaved}
      onClose={close}
    >
      <Form.Item name="receivedOn" label={t.returns.receivedOn} required>
        <Input data-testid="filing-receivedOn" />
      </Form.Item>
      <Form.Item label={t.returns.file}>
        <Upload maxCount={1} beforeUpload={(f) => (setFile(f), false)} onRemove={() => setFile(null)} fileList={file ? [{ uid: '1', name: file.name }] : []}>
          <Button data-testid="filing-file">{t.task.pickFiles}</Button>
        </Upload>
      </Form.Item>
      <Form.Item name="note" label={t.returns.note}>
        <Input data-testid="filing-note" />
      </Form.Item>
    </FormDialog>
  );
}

function ReturnCard({ line, dossier, onRecord }: { line: ReturnLine; dossier: CampaignDossier; onRecord: (party: ReturnParty, name: string) => void }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const refusal = useRefusal();
  const [shown, setShown] = useState<'all' | 'missing'>('all');
  const estateName = new Map(dossier.estates.map((e) => [e.id, e.name]));
  const nameOf = (party: ReturnParty) => partyName(party, (id) => estateName.get(id) ?? id);
  const { item, checklist } = line;
  const columns: ColumnsType<ChecklistLine> = [
    { title: t.returns.party, key: 'party', render: (_, r) => nameOf(r.party) },
    {
      title: t.returns.receivedOn,
      key: 'received',
      render: (_, r) =>
        r.received === null ? (
          <Tag color="red">{t.returns.notYet}</Tag>
        ) : (
          <Space size={4}>
            <span>{r.received.by === 'filing' ? r.received.on : t.returns.byInspection(r.received.on)}</span>
            {r.late && <Tag color="orange">{t.returns.late}</Tag>}
          </Space>
        ),
    },
    { title: t.returns.file, key: 'file', render: (_, r) => (r.received?.by === 'filing' && r.received.filing.file ? <FileLink file={r.received.filing.file} /> : null) },
    {
      key: 'actions',
      width: 120,
      render: (_, r) =>
        r.received === null ? (
          <Button type="link" size="small" onClick={() => onRecord(r.party, nameOf(r.party))} data-testid={`filing-record-${nameOf(r.party)}`}>{t.returns.record}</Button>
        ) : r.received.by === 'filing' ? (
          <Popconfirm title={t.returns.undoFiling} onConfirm={() => void refusal.run(() => deleteFiling(db, (r.received as { filing: { id: string } }).filing.id))}>
            <Button type="link" size="small">{t.returns.undoFiling}</Button>
          </Popconfirm>
        ) : null,
    },
  ];
  const rows = shown === 'missing' ? checklist.missing : checklist.lines;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid={`return-${item.title}`}
      title={
        <Space>
          <span>{item.title}</span>
          <Typography.Text type="secondary">{`${t.returns.dueOn} ${item.dueOn} · ${t.partyKind[item.partyKind]}`}</Typography.Text>
          <Tag color={checklist.missing.length === 0 ? 'green' : line.overdue ? 'red' : 'orange'} data-testid={`return-count-${item.title}`}>{checklist.missing.length === 0 ? t.returns.allIn : t.returns.received(checklist.received, checklist.lines.length)}</Tag>
        </Space>
      }
      extra={
        <Space>
          <Segmented
            size="small"
            value={shown}
            onChange={(v) => setShown(v === 'missing' ? 'missing' : 'all')}
            options={[{ value: 'all', label: t.returns.showAll }, { value: 'missing', label: <span data-testid={`return-show-missing-${item.title}`}>{t.returns.showMissing}</span> }]}
          />
          <Popconfirm title={t.returns.confirmDelete} onConfirm={() => void refusal.run(() => deleteReturn(db, item.id))}>
            <Button size="small" type="link" danger>{t.returns.delete}</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Table<ChecklistLine> size="small" rowKey={(r) => r.key} dataSource={[...rows]} columns={columns} pagination={false} onRow={(r) => testIdProps(`party-row-${nameOf(r.party)}`)} />
    </Card>
  );
}

/** Each return's checklist: who filed when, with the file, and who is missing, one click away. */
export function ReturnSection({ dossier, summary }: { dossier: CampaignDossier; summary: CampaignSummary }) {
  const { campaigns: t } = useMessages();
  const [adding, setAdding] = useState(false);
  const [filing, setFiling] = useState<{ returnId: string; party: ReturnParty; name: string } | null>(null);
  return (
    <div data-testid="campaign-returns">
      <Button onClick={() => setAdding(true)} style={{ marginBottom: 8 }} data-testid="return-add">{t.returns.add}</Button>
      {summary.returns.length === 0 && <Typography.Paragraph type="secondary">{t.returns.empty}</Typography.Paragraph>}
      {summary.returns.map((line) => (
        <ReturnCard key={line.item.id} line={line} dossier={dossier} onRecord={(party, name) => setFiling({ returnId: line.item.id, party, name })} />
      ))}
      <ReturnFormModal campaignId={dossier.campaign.id} open={adding} onClose={() => setAdding(false)} />
      <FilingModal target={filing} today={summary.day} onClose={() => setFiling(null)} />
    </div>
  );
}
