import { problemText } from '../../shared/common/problem';
import { Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import { filingDeadline } from '../../shared/committees/status';
import type { CommitteeTerm } from '../../shared/committees/types';
import { updateCommitteeTerm } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT, fromPicker } from './formDates';
import { filingConflict, filingFormValues, type FilingFormValues } from './termForm';
import { textLimit } from '../components/textLimit';

/** Record that a term was filed (备案) with the street office: the day and the number. */
export function FilingFormModal({ open, term, onClose }: { open: boolean; term: CommitteeTerm; onClose: () => void }) {
  const messages = useMessages();
  const { domain, committees } = messages;
  const { settings } = useSettings();
  const db = useDb();
  const [form] = Form.useForm<FilingFormValues>();
  const initialValues = filingFormValues(term);

  const submit = async (values: FilingFormValues, edited: number | undefined) => {
    // Blank is a valid term field (not yet filed) but not a filing.
    if (values.filedOn === null) {
      form.setFields([{ name: 'filedOn', errors: [problemText({ field: 'filedOn', code: 'required' }, domain.problems)] }]);
      return false;
    }
    return updateCommitteeTerm(db, term.id, { filedOn: fromPicker(values.filedOn), filingNumber: values.filingNumber }, { defaultTermYears: settings.committeeTermYears }, { edited });
  };

  return (
    <FormDialog
      open={open}
      title={`${committees.term.fileTitle} · ${committees.term.title(term.termNumber)}`}
      testId="filing"
      form={form}
      initialValues={initialValues}
      version={term.updatedAt}
      conflict={filingConflict(messages)}
      write={submit}
      onClose={onClose}
      width={520}
    >
      <Typography.Paragraph type="secondary">{committees.panel.filingDeadline(filingDeadline(term.electedOn))}</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="filedOn" label={domain.fields.filedOn} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="filing-filedOn" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="filingNumber" label={domain.fields.filingNumber}>
            <Input data-testid="filing-filingNumber" {...textLimit(100)} />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
