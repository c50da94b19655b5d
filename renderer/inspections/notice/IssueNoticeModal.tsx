import { Button, Col, Descriptions, Form, Input, Row, Select, Space, Typography } from 'antd';
import { addDays, isIsoDate, yearOf } from '../../../shared/inspections/calendar';
import type { Inspection } from '../../../shared/inspections/inspection';
import { problemsFound } from '../../../shared/inspections/inspection';
import { INSPECTION_CATEGORIES, type InspectionCategory } from '../../../shared/inspections/kinds';
import { DEFAULT_RECTIFICATION_DAYS, type RectificationNotice } from '../../../shared/inspections/notice';
import { noticeNumberShape } from '../../../shared/inspections/noticeNumber';
import { FormDialog } from '../../components/FormDialog';
import { useDb } from '../../db/DbContext';
import { issueNotice } from '../noticeRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { useSettings } from '../../settings/SettingsProvider';
import { useEstateDirectory } from '../useEstateDirectory';
import { useToday } from '../useToday';
import { textLimit } from '../../components/textLimit';

interface IssueValues {
  issuedOn: string;
  responsibleParty: string;
  items: { category: InspectionCategory; text: string }[];
  deadline: string;
}

const QUICK_DEADLINES = [3, 7, 15, 30] as const;

/**
 * Issues a rectification notice from an inspection: its problems become the items, the
 * estate's property company the responsible party, and the deadline a week after today unless
 * changed. The number is given on saving, from the pattern in settings.
 */
export function IssueNoticeModal({ inspection, onClose, onIssued }: {
  inspection: Inspection | null;
  onClose: () => void;
  onIssued: (notice: RectificationNotice) => void;
}) {
  const { inspections: t } = useMessages();
  const { settings } = useSettings();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const [form] = Form.useForm<IssueValues>();
  const issuedOn = Form.useWatch('issuedOn', form);
  const entry = inspection ? directory?.get(inspection.estateId) : undefined;
  const found = inspection ? problemsFound(inspection) : [];
  const initialValues: IssueValues = {
    issuedOn: today,
    responsibleParty: entry?.estate.company ?? '',
    items: found.length > 0 ? found.map((p) => ({ category: p.category, text: p.text })) : [{ category: 'other', text: '' }],
    deadline: addDays(today, DEFAULT_RECTIFICATION_DAYS),
  };

  const write = async (values: IssueValues) => {
    if (!inspection) return false;
    return issueNotice(db, { ...values, estateId: inspection.estateId, inspectionId: inspection.id }, settings.noticeNumberPattern);
  };

  const base = isIsoDate(issuedOn) ? issuedOn : today;
  const example = noticeNumberShape(settings.noticeNumberPattern, yearOf(base));

  return (
    <FormDialog
      open={inspection !== null}
      title={t.issue.title}
      okText={t.issue.title}
      testId="issue"
      width={820}
      form={form}
      initialValues={initialValues}
      write={write}
      savedMessage={(issued) => t.issue.issued(issued.number)}
      onSaved={onIssued}
      onClose={onClose}
      intro={
        <>
          {inspection && (
            <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t.issue.estate}>{directory?.label(inspection.estateId)}</Descriptions.Item>
              <Descriptions.Item label={t.issue.inspection}>{`${inspection.inspectedOn} ${t.kind[inspection.kind]}`}</Descriptions.Item>
            </Descriptions>
          )}
          <Typography.Paragraph type="secondary">{t.issue.numberHint(example)}</Typography.Paragraph>
        </>
      }
    >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="issuedOn" label={t.issue.issuedOn} required>
              <Input data-testid="issue-issuedOn" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="responsibleParty" label={t.issue.responsibleParty} required>
              <Input placeholder={t.issue.responsiblePlaceholder} data-testid="issue-responsibleParty" {...textLimit(100)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="items">
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t.issue.items} required>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[field.name, 'category']} style={{ marginBottom: 0, width: 120 }}>
                    <Select options={INSPECTION_CATEGORIES.map((c) => ({ value: c, label: t.category[c] }))} data-testid={`issue-item-category-${index}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} style={{ marginBottom: 0, width: 520 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t.issue.itemText} data-testid={`issue-item-text-${index}`} {...textLimit(500)} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)} data-testid={`issue-item-remove-${index}`}>{t.issue.removeItem}</Button>
                </Space>
              ))}
              <Button type="dashed" onClick={() => add({ category: 'other', text: '' })} data-testid="issue-item-add">{t.issue.addItem}</Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="deadline" label={t.issue.deadline} required>
              <Input data-testid="issue-deadline" />
            </Form.Item>
          </Col>
          <Col span={16} style={{ paddingTop: 30 }}>
            <Space>
              {QUICK_DEADLINES.map((days) => (
                <Button key={days} size="small" onClick={() => form.setFieldValue('deadline', addDays(base, days))} data-testid={`issue-deadline-${days}`}>
                  {t.issue.quickDeadline(days)}
                </Button>
              ))}
            </Space>
          </Col>
        </Row>
    </FormDialog>
  );
}
