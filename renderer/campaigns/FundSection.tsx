import { Button, Col, Form, Input, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { findingText, formatYuan, FUND_SOURCES, PAYMENT_STAGES, yuanOfFen, type CampaignDossier, type CampaignSummary, type EstateFund, type FundLine } from '../../shared/campaigns';
import { FormDialog } from '../components/FormDialog';
import { FormRows } from '../components/FormRows';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { deletePayment, recordPayment, saveFunds } from './fundRepository';
import { fundConflict, fundFormValues, type FundValues } from './fundForm';

const yuanText = (fen: number) => String(yuanOfFen(fen));

function FundModal({ dossier, fund, open, onClose }: { dossier: CampaignDossier; fund: EstateFund | null; open: boolean; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.campaigns;
  const db = useDb();
  // A new fund starts from the last one set: ten estates of one plan get the same fund.
  const initialValues = fundFormValues(fund, dossier.funds[dossier.funds.length - 1] ?? null);
  const withFund = new Set(dossier.funds.map((f) => f.estateId));
  const [form] = Form.useForm<FundValues>();
  const withoutFund = dossier.estates.filter((e) => !withFund.has(e.id)).map((e) => e.id);
  return (
    <FormDialog
      open={open}
      title={t.funds.setTitle}
      testId="fund"
      form={form}
      width={720}
      initialValues={initialValues}
      version={fund?.updatedAt}
      conflict={fund ? fundConflict(messages) : undefined}
      write={(values, edited) => saveFunds(db, { campaignId: dossier.campaign.id, planned: values.planned, shares: values.shares ?? [] }, values.estateIds ?? [], edited)}
      savedMessage={t.funds.saved}
      onClose={onClose}
    >
      <Form.Item name="estateIds" label={t.funds.estate} required>
        <Select
          mode="multiple"
          disabled={fund !== null}
          showSearch={{ optionFilterProp: 'label' }}
          options={dossier.estates.filter((e) => fund !== null || !withFund.has(e.id)).map((e) => ({ value: e.id, label: e.name }))}
          data-testid="fund-estates"
        />
      </Form.Item>
      {fund === null && withoutFund.length > 0 && (
        <Button size="small" style={{ marginTop: -16, marginBottom: 16 }} onClick={() => form.setFieldValue('estateIds', withoutFund)} data-testid="fund-all-estates">
          {t.funds.allEstates(withoutFund.length)}
        </Button>
      )}
      <Form.Item name="planned" label={t.funds.planned} extra={t.funds.amountHint} required>
        <Input data-testid="fund-planned" />
      </Form.Item>
      <Form.Item label={t.funds.shares}>
        <FormRows
          name="shares"
          cells={[
            { field: 'source', span: 6, input: (i) => <Select options={FUND_SOURCES.map((s) => ({ value: s, label: t.source[s] }))} data-testid={`fund-share-${i}-source`} /> },
            { field: 'amount', span: 8, input: (i) => <Input placeholder={t.funds.amount} data-testid={`fund-share-${i}-amount`} /> },
            { field: 'upfront', span: 8, input: (i) => <Input placeholder={t.funds.upfront} data-testid={`fund-share-${i}-upfront`} /> },
          ]}
          emptyRow={{ source: 'street', amount: '', upfront: '' }}
          removeLabel={t.form.remove}
          addLabel={t.funds.addShare}
          addTestId="fund-add-share"
        />
      </Form.Item>
    </FormDialog>
  );
}

function PaymentModal({ dossier, line, today, onClose }: { dossier: CampaignDossier; line: FundLine | null; today: string; onClose: () => void }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const first = line?.balance.sources.find((s) => s.remainingFen > 0);
  const upfrontLeft = first ? first.upfrontFen - first.paidUpfrontFen : 0;
  const initialValues = {
    source: first?.source ?? 'district',
    stage: upfrontLeft > 0 ? 'upfront' : 'final',
    paidOn: today,
    amount: first ? yuanText(upfrontLeft > 0 ? upfrontLeft : first.remainingFen) : '',
    note: '',
  };
  return (
    <FormDialog
      open={line !== null}
      title={t.funds.payTitle(line?.estate.name ?? '')}
      testId="payment"
      initialValues={initialValues}
      write={(values) => recordPayment(db, { ...values, campaignId: dossier.campaign.id, estateId: line?.estate.id ?? '' })}
      savedMessage={t.funds.paymentSaved}
      onClose={onClose}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="source" label={t.funds.source}>
            <Select options={FUND_SOURCES.map((s) => ({ value: s, label: t.source[s] }))} data-testid="payment-source" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="stage" label={t.funds.stage}>
            <Select options={PAYMENT_STAGES.map((s) => ({ value: s, label: t.stage[s] }))} data-testid="payment-stage" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="paidOn" label={t.funds.paidOn} required>
            <Input data-testid="payment-paidOn" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="amount" label={t.funds.amount} extra={t.funds.amountHint} required>
        <Input data-testid="payment-amount" />
      </Form.Item>
      <Form.Item name="note" label={t.funds.note}>
        <Input data-testid="payment-note" />
      </Form.Item>
    </FormDialog>
  );
}

/** Each estate's fund: plan, paid and remaining per source, what does not add up, and the payments. */
export function FundSection({ dossier, summary }: { dossier: CampaignDossier; summary: CampaignSummary }) {
  const { campaigns: t } = useMessages();
  const db = useDb();
  const refusal = useRefusal();
  const [editing, setEditing] = useState<EstateFund | null | 'new'>(null);
  const [paying, setPaying] = useState<FundLine | null>(null);
  const columns: ColumnsType<FundLine> = [
    { title: t.funds.estate, key: 'estate', render: (_, r) => r.estate.name },
    { title: t.funds.plannedShort, key: 'planned', align: 'right', render: (_, r) => formatYuan(r.balance.plannedFen) },
    { title: t.funds.paid, key: 'paid', align: 'right', render: (_, r) => formatYuan(r.balance.paidFen) },
    { title: t.funds.remaining, key: 'remaining', align: 'right', render: (_, r) => formatYuan(r.balance.remainingFen) },
    {
      title: t.funds.payments,
      key: 'payments',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.payments.map((p) => (
            <Space key={p.id} size={4}>
              <Typography.Text style={{ fontSize: 12 }}>{`${p.paidOn} ${t.source[p.source]} ${t.stage[p.stage]} ${formatYuan(p.amountFen)}`}</Typography.Text>
              <Popconfirm title={t.funds.confirmDeletePayment} onConfirm={() => void refusal.run(() => deletePayment(db, p.id))}>
                <Button type="link" size="small" danger>{t.funds.deletePayment}</Button>
              </Popconfirm>
            </Space>
          ))}
        </Space>
      ),
    },
    { key: 'accepted', render: (_, r) => (r.acceptedOn ? <Tag color="green">{t.funds.accepted(r.acceptedOn)}</Tag> : <Tag>{t.funds.notAccepted}</Tag>) },
    {
      title: t.funds.findings,
      key: 'findings',
      render: (_, r) =>
        r.balance.findings.length === 0 ? (
          <Tag color="green">{t.funds.ok}</Tag>
        ) : (
          <Space direction="vertical" size={0}>
            {r.balance.findings.map((f, i) => (
              <Typography.Text key={i} type="danger" data-testid={`fund-finding-${r.estate.name}`}>{findingText(t, f)}</Typography.Text>
            ))}
          </Space>
        ),
    },
    {
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setPaying(r)} data-testid={`fund-pay-${r.estate.name}`}>{t.funds.pay}</Button>
          <Button type="link" size="small" onClick={() => setEditing(r.fund)}>{t.funds.edit}</Button>
        </Space>
      ),
    },
  ];
  return (
    <div data-testid="campaign-funds">
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={() => setEditing('new')} data-testid="fund-set">{t.funds.set}</Button>
        <Typography.Text data-testid="fund-totals">
          {t.funds.totals(formatYuan(summary.fundTotals.plannedFen), formatYuan(summary.fundTotals.paidFen), formatYuan(summary.fundTotals.remainingFen))}
        </Typography.Text>
      </Space>
      <Table<FundLine> size="small" rowKey={(r) => r.fund.id} dataSource={[...summary.funds]} columns={columns} pagination={false} locale={{ emptyText: t.funds.empty }} onRow={(r) => testIdProps(`fund-row-${r.estate.name}`)} />
      <FundModal dossier={dossier} fund={editing === 'new' ? null : editing} open={editing !== null} onClose={() => setEditing(null)} />
      <PaymentModal dossier={dossier} line={paying} today={summary.day} onClose={() => setPaying(null)} />
    </div>
  );
}
