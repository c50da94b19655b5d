import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CommitteeTerm } from '../../shared/committees/types';
import { createCommitteeTerm, updateCommitteeTerm } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT, fromPicker, toPicker } from './formDates';
import { textLimit } from '../components/textLimit';
import { EditedRecordHistory } from '../history/ui';

interface TermFormValues {
  termNumber: string;
  electedOn: Dayjs | null;
  startOn: Dayjs | null;
  termYears: string;
  endOn: Dayjs | null;
  filedOn: Dayjs | null;
  filingNumber: string;
  notes: string;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

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
  const { domain, committees } = useMessages();
  const { settings } = useSettings();
  const db = useDb();
  const [form] = Form.useForm<TermFormValues>();
  const rules = { defaultTermYears: settings.committeeTermYears };
  const initialValues: TermFormValues = {
    termNumber: String(editing?.termNumber ?? nextTermNumber),
    electedOn: toPicker(editing?.electedOn),
    startOn: toPicker(editing?.startOn),
    termYears: '',
    endOn: toPicker(editing?.endOn),
    filedOn: toPicker(editing?.filedOn),
    filingNumber: editing?.filingNumber ?? '',
    notes: editing?.notes ?? '',
  };

  const submit = async (values: TermFormValues, edited: number | undefined) => {
    const draft = {
      estateId,
      termNumber: values.termNumber,
      electedOn: fromPicker(values.electedOn),
      startOn: fromPicker(values.startOn),
      termYears: values.termYears,
      endOn: fromPicker(values.endOn),
      filedOn: fromPicker(values.filedOn),
      filingNumber: values.filingNumber,
      notes: values.notes,
    };
    return editing
      ? updateCommitteeTerm(db, editing.id, draft, rules, { reason: values.reason, reasonRequiredFor: settings.reasonRequiredByKind.committeeTerm, edited })
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
