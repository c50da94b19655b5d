import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { MEETING_KINDS, type AssemblyMeeting, type MeetingKind } from '../../shared/committees/types';
import { meetingConflict, meetingDraft, meetingFormValues, type MeetingFormValues } from './preparationForms';
import { createAssemblyMeeting, updateAssemblyMeeting } from './committeePreparationRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT } from './formDates';

/**
 * Record or edit an owners' assembly meeting. Attendance is typed as text, so "1,020" or
 * "68.5%" reach the shared rules as a clerk wrote them.
 */
export function AssemblyMeetingFormModal({ open, estateId, editing, defaultKind, onClose }: {
  open: boolean;
  estateId: string;
  editing: AssemblyMeeting | null;
  defaultKind: MeetingKind;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { domain, committees } = messages;
  const db = useDb();
  const [form] = Form.useForm<MeetingFormValues>();

  const submit = async (values: MeetingFormValues, edited: number | undefined) => {
    const draft = meetingDraft(estateId, values);
    return editing ? updateAssemblyMeeting(db, editing.id, draft, edited) : createAssemblyMeeting(db, draft);
  };
  const textField = (name: 'convenedBy' | 'attendingOwners' | 'ownerSharePercent' | 'areaSharePercent', span: number, numeric: boolean) => (
    <Col span={span}>
      <Form.Item name={name} label={domain.fields[name]}>
        <Input data-testid={`meeting-${name}`} inputMode={numeric ? 'decimal' : undefined} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      open={open}
      title={editing ? committees.panel.editMeetingTitle : committees.panel.addMeetingTitle}
      testId="meeting"
      form={form}
      initialValues={meetingFormValues(editing, defaultKind)}
      version={editing?.updatedAt}
      conflict={editing ? meetingConflict(messages) : undefined}
      write={submit}
      onClose={onClose}
      width={720}
    >
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="kind" label={domain.fields.kind} required>
            <Select data-testid="meeting-kind" options={MEETING_KINDS.map((k) => ({ value: k, label: committees.meetingKind[k] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="heldOn" label={domain.fields.heldOn} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="meeting-heldOn" />
          </Form.Item>
        </Col>
        {textField('convenedBy', 8, false)}
        {textField('attendingOwners', 8, true)}
        {textField('ownerSharePercent', 8, true)}
        {textField('areaSharePercent', 8, true)}
        <Col span={24}>
          <Form.Item name="resolutions" label={domain.fields.resolutions}>
            <Input.TextArea data-testid="meeting-resolutions" rows={3} />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
