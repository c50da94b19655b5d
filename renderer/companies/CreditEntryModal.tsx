import { Form, Input, InputNumber, Select } from 'antd';
import { HAND_CREDIT_KINDS, type CreditEntry, type HandCreditKind } from '../../shared/companies';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { addCreditEntry, editCreditEntry } from './creditEntryRepository';
import { creditEntryConflict, entryFormValues, type EntryValues } from './creditEntryForm';

/** A hand event (表彰, 示范项目, 行政处罚): points default from the settings; an edit says why. */
export function CreditEntryModal({ open, companyId, entry, onClose }: { open: boolean; companyId: string; entry: CreditEntry | null; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.companies;
  const db = useDb();
  const today = useToday();
  const { settings } = useSettings();
  const [form] = Form.useForm<EntryValues>();
  const kind = Form.useWatch('kind', form);
  const initialValues: EntryValues = entry ? entryFormValues(entry) : { on: today, evidence: '' };
  const write = (values: EntryValues, edited: number | undefined) =>
    entry ? editCreditEntry(db, entry.id, values, values.reason ?? '', edited) : addCreditEntry(db, { ...values, companyId });
  return (
    <FormDialog
      open={open}
      title={entry ? t.entry.editTitle : t.entry.addTitle}
      testId="credit-entry"
      width={520}
      form={form}
      initialValues={initialValues}
      version={entry?.updatedAt}
      conflict={entry ? creditEntryConflict(messages) : undefined}
      write={write}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t.entry.kind} required>
        <Select
          data-testid="credit-entry-kind"
          options={HAND_CREDIT_KINDS.map((k) => ({ value: k, label: t.eventKind[k] }))}
          onChange={(next: HandCreditKind) => {
            if (!entry) form.setFieldValue('points', settings.creditRules.points[next]);
          }}
        />
      </Form.Item>
      <Form.Item name="on" label={t.entry.on} required>
        <Input data-testid="credit-entry-on" />
      </Form.Item>
      <Form.Item name="points" label={t.entry.points} required extra={kind ? t.entry.pointsHint(settings.creditRules.points[kind]) : undefined}>
        <InputNumber data-testid="credit-entry-points" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="evidence" label={t.entry.evidence} required extra={t.entry.evidenceHint}>
        <Input data-testid="credit-entry-evidence" />
      </Form.Item>
      {entry && (
        <Form.Item name="reason" label={t.entry.reason} required>
          <Input data-testid="credit-entry-reason" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
