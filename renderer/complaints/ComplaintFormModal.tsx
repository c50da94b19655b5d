import { Col, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_PARTIES,
  complaintNumberShape,
  propertyCompanyOf,
  type Complaint,
} from '../../shared/complaints';
import { isIsoDate, yearOf } from '../../shared/inspections';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { textLimit } from '../components/textLimit';
import { useEstateDirectory, useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { recordComplaint, updateComplaint } from './complaintRepository';
import { complaintConflict, intakeDraft, intakeValues, type IntakeValues } from './complaintForm';

export type ComplaintFormMode = { readonly kind: 'create' } | { readonly kind: 'edit'; readonly complaint: Complaint };

/**
 * Records a complaint as it comes in (a call, a visit, a 12345 work order) or corrects what was
 * recorded. The estate is optional; against the company, the estate's property company is taken
 * unless another name is typed. The number is given on saving, from the pattern in settings.
 */
export function ComplaintFormModal({ mode, onClose, onSaved }: { mode: ComplaintFormMode | null; onClose: () => void; onSaved?: (c: Complaint) => void }) {
  const messages = useMessages();
  const t = messages.complaints;
  const { settings } = useSettings();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const [form] = Form.useForm<IntakeValues>();
  const channel = Form.useWatch('channel', form);
  const estateId = Form.useWatch('estateId', form);
  const communityId = Form.useWatch('communityId', form);
  const receivedOn = Form.useWatch('receivedOn', form);
  const initialValues: IntakeValues =
    mode?.kind === 'edit'
      ? intakeValues(mode.complaint)
      : {
          receivedOn: today, receivedAt: dayjs().format('HH:mm'), channel: 'phone', workOrderNumber: '', hotlineDeadline: '', complainantName: '', complainantPhone: '',
          complainantAddress: '', communityId: null, estateId: null, against: 'company', againstName: '', category: 'other', content: '',
        };
  const estates = (directory?.estates ?? []).filter((e) => !communityId || e.communityId === communityId);
  const company = propertyCompanyOf(estateId ? directory?.get(estateId)?.estate : undefined);

  const write = (values: IntakeValues, edited: number | undefined) => {
    const draft = intakeDraft(values);
    return mode?.kind === 'edit' ? updateComplaint(db, mode.complaint.id, draft, edited) : recordComplaint(db, draft, { pattern: settings.complaintNumberPattern });
  };
  const names = { community: (id: string) => directory?.communities.find((c) => c.id === id)?.name, estate: (id: string) => directory?.label(id) };
  const year = yearOf(isIsoDate(receivedOn) ? receivedOn : today);

  return (
    <FormDialog
      open={mode !== null}
      title={t.form.title}
      testId="complaint"
      width={860}
      form={form}
      initialValues={initialValues}
      version={mode?.kind === 'edit' ? mode.complaint.updatedAt : undefined}
      conflict={mode?.kind === 'edit' ? complaintConflict(messages, names) : undefined}
      write={write}
      onSaved={onSaved}
      onClose={onClose}
      intro={mode?.kind === 'create' && <Typography.Paragraph type="secondary">{t.form.numberShape(complaintNumberShape(settings.complaintNumberPattern, year))}</Typography.Paragraph>}
    >
      <Row gutter={12}>
        <Col span={6}><Form.Item name="receivedOn" label={t.form.receivedOn} required><Input data-testid="complaint-receivedOn" /></Form.Item></Col>
        <Col span={4}><Form.Item name="receivedAt" label={t.form.receivedAt}><Input data-testid="complaint-receivedAt" /></Form.Item></Col>
        <Col span={6}>
          <Form.Item name="channel" label={t.form.channel} required>
            <Select options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t.channel[c] }))} data-testid="complaint-channel" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="category" label={t.form.category} required>
            <Select options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t.category[c] }))} data-testid="complaint-category" />
          </Form.Item>
        </Col>
      </Row>
      {channel === 'hotline' && (
        <Row gutter={12}>
          <Col span={12}><Form.Item name="workOrderNumber" label={t.form.workOrderNumber} required><Input {...textLimit(60)} data-testid="complaint-workOrderNumber" /></Form.Item></Col>
          <Col span={12}><Form.Item name="hotlineDeadline" label={t.form.hotlineDeadline} extra={t.form.hotlineDeadlineHint}><Input data-testid="complaint-hotlineDeadline" /></Form.Item></Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col span={6}><Form.Item name="complainantName" label={t.form.complainantName}><Input {...textLimit(50)} data-testid="complaint-complainantName" /></Form.Item></Col>
        <Col span={6}><Form.Item name="complainantPhone" label={t.form.complainantPhone}><Input {...textLimit(40)} data-testid="complaint-complainantPhone" /></Form.Item></Col>
        <Col span={12}><Form.Item name="complainantAddress" label={t.form.complainantAddress}><Input {...textLimit(200)} data-testid="complaint-complainantAddress" /></Form.Item></Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="communityId" label={t.form.community}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={(directory?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))}
              onChange={() => form.setFieldValue('estateId', null)}
              data-testid="complaint-community"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="estateId" label={t.form.estate}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t.form.noEstate}
              options={estates.map((e) => ({ value: e.id, label: directory?.label(e.id) ?? e.name }))}
              data-testid="complaint-estate"
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="against" label={t.form.against}>
            <Select options={COMPLAINT_PARTIES.map((p) => ({ value: p, label: t.party[p] }))} data-testid="complaint-against" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="againstName" label={t.form.againstName} extra={company !== '' ? t.form.againstDefault(company) : undefined}>
        <Input {...textLimit(100)} placeholder={company} data-testid="complaint-againstName" />
      </Form.Item>
      <Form.Item name="content" label={t.form.content} required>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} {...textLimit(4000)} data-testid="complaint-content" />
      </Form.Item>
    </FormDialog>
  );
}
