import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { SATISFACTIONS, type Complaint, type ComplaintEventType, type Satisfaction } from '../../shared/complaints';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useEstateDirectory, useToday } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import { takeComplaintStep } from './complaintRepository';

interface StepValues {
  on: string;
  note: string;
  reason: string;
  communityId: string | null;
  assignee: string;
  parties: string;
  agreed: string;
  days: number | null;
  reply: string;
  satisfaction: Satisfaction | null;
}

/** One step of a complaint's course: its date and what the step needs (a reason, a reply …). */
export function ComplaintStepModal({ complaint, step, onClose }: { complaint: Complaint; step: ComplaintEventType | null; onClose: () => void }) {
  const { complaints: t } = useMessages();
  const { settings } = useSettings();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const f = t.stepForm;
  const initialValues: StepValues = {
    on: today, note: '', reason: '', communityId: complaint.assignedCommunityId ?? complaint.communityId, assignee: complaint.assignee,
    parties: '', agreed: '', days: null, reply: '', satisfaction: null,
  };
  const write = (values: StepValues) =>
    step === null
      ? Promise.resolve(false as const)
      : takeComplaintStep(db, complaint.id, step, { ...values, communityId: values.communityId ?? null }, { operator: settings.operator, extensionMaxDays: settings.complaintRules.extensionMaxDays });
  const text = (name: keyof StepValues, label: string, long = false) => (
    <Form.Item name={name} label={label} required={name !== 'note'}>
      {long ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid={`step-${name}`} /> : <Input data-testid={`step-${name}`} />}
    </Form.Item>
  );
  return (
    <FormDialog open={step !== null} title={step === null ? '' : t.step[step]} testId="step" initialValues={initialValues} write={write} onClose={onClose}>
      <Form.Item name="on" label={f.on} required><Input data-testid="step-on" /></Form.Item>
      {step === 'rejected' && text('reason', f.reason, true)}
      {step === 'reopened' && text('reason', f.reason, true)}
      {step === 'assigned' && (
        <>
          <Form.Item name="communityId" label={f.community}>
            <Select allowClear options={(directory?.communities ?? []).map((c) => ({ value: c.id, label: c.name }))} data-testid="step-communityId" />
          </Form.Item>
          <Form.Item name="assignee" label={f.assignee}><Input data-testid="step-assignee" /></Form.Item>
        </>
      )}
      {step === 'mediated' && (
        <>
          {text('parties', f.parties)}
          {text('agreed', f.agreed, true)}
        </>
      )}
      {step === 'extended' && (
        <>
          <Form.Item name="days" label={f.days(settings.complaintRules.extensionMaxDays)} required>
            <InputNumber min={1} max={settings.complaintRules.extensionMaxDays} data-testid="step-days" />
          </Form.Item>
          {text('reason', f.reason, true)}
        </>
      )}
      {step === 'replied' && text('reply', f.reply, true)}
      {step === 'visited' && (
        <Form.Item name="satisfaction" label={f.satisfaction} required>
          <Radio.Group data-testid="step-satisfaction" options={SATISFACTIONS.map((s) => ({ value: s, label: <span data-testid={`step-satisfaction-${s}`}>{t.satisfaction[s]}</span> }))} />
        </Form.Item>
      )}
      {(step === 'accepted' || step === 'visited' || step === 'concluded') && text('note', f.note, true)}
    </FormDialog>
  );
}
