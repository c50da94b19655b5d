import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { CommitteeTerm } from '../../shared/committees/types';
import { createCommitteeTerm, updateCommitteeTerm } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT } from './formDates';
import { termConflict, termDraft, termFormValues, type TermFormValues } from './termForm';
import { textLimit } from '../components/textLimit';
import { EditedRecordHistory } from '../history/ui';

/**
 * Record an election (a new term) or correct a term. The end may be left blank: it follows
 * from the start and the length in years, or the settings' term length.
 */
export function CommitteeTermFormModal({ open, estateId, editing, nextTermNumber, onClose }: {
  open: boolean;
  estateId: string;
  editing: CommitteeTerm | null;
  nextTermNumber: number;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { domain, committees } = messages;
  const { settings } = useSettings();
  const db = useDb();
  const [form] = Form.useForm<TermFormValues>();
  const rules = { defaultTermYears: settings.committeeTermYears };
  const initialValues = termFormValues(editing, nextTermNumber);

  const submit = async ({ reason, ...values }: TermFormValues, edited: number | undefined) => {
    const draft = termDraft(estateId, values);
    return editing
      ? updateCommitteeTerm(db, editing.id, draft, rules, { reason, reasonRequiredFor: settings.reasonRequiredByKind.committeeTerm, edited })
      : createCommitteeTerm(db, draft, rules);
  };
  const dateField = (name: 'electedOn' | 'startOn' | 'endOn' | 'filedOn', required = false, extra?: string) => (
    <Col span={8}>
      <Form.Item name={name} label={domain.fields[name]} required={required} extra={extra}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid={`term-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      open={open}
      title={editing ? committees.panel.editTermTitle : committees.panel.addTermTitle}
      testId="term"
      form={form}
      initialValues={initialValues}
      version={editing?.updatedAt}
      conflict={editing ? termConflict(messages) : undefined}
      write={submit}
      onClose={onClose}
      width={760}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="termNumber" label={domain.fields.termNumber} required>
            <Input data-testid="term-termNumber" addonBefore="第" addonAfter="届" />
          </Form.Item>
        </Col>
        {dateField('electedOn', true)}
        {dateField('startOn')}
        <Col span={8}>
          <Form.Item name="termYears" label={domain.fields.termYears}>
            <Input data-testid="term-termYears" inputMode="numeric" placeholder={String(settings.committeeTermYears)} />
          </Form.Item>
        </Col>
        {dateField('endOn', false, committees.panel.termYearsHint(settings.committeeTermYears))}
        <Col span={8} />
        {editing && dateField('filedOn')}
        {editing && (
          <Col span={16}>
            <Form.Item name="filingNumber" label={domain.fields.filingNumber}>
              <Input data-testid="term-filingNumber" {...textLimit(100)} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="notes" label={domain.fields.notes}>
            <Input.TextArea data-testid="term-notes" rows={2} />
          </Form.Item>
        </Col>
      </Row>
      {editing && <EditedRecordHistory kind="committeeTerm" recordId={editing.id} initial={initialValues} />}
    </FormDialog>
  );
}
