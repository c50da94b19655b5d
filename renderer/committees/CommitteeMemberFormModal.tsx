import { problemText } from '../../shared/common/problem';
import { EditedRecordHistory } from '../history/ui';
import { useSettings } from '../settings/SettingsProvider';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { LEAVE_REASONS, MEMBER_ROLES, type CommitteeTerm } from '../../shared/committees/types';
import { addCommitteeMember, updateCommitteeMember } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT } from './formDates';
import { memberConflict, memberDraft, memberFormValuesOf, shownMemberDates, type MemberFormMode, type MemberFormValues } from './memberForm';
import { textLimit } from '../components/textLimit';

export type { MemberFormMode } from './memberForm';

export function CommitteeMemberFormModal({ open, term, mode, onClose }: {
  open: boolean;
  term: CommitteeTerm;
  mode: MemberFormMode;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { domain, committees } = messages;
  const shown = shownMemberDates(mode);
  const t = committees.term;
  const db = useDb();
  const { settings } = useSettings();
  const [form] = Form.useForm<MemberFormValues>();
  const leaving = mode.kind === 'leave';
  const titles = { add: t.addMemberTitle, byElection: t.byElectionTitle, edit: t.editMemberTitle, leave: t.leaveTitle } as const;

  const submit = async (values: MemberFormValues, edited: number | undefined) => {
    // The form's own requirements: a by-election has a day, and so has a leaving.
    const missing: ('joinedOn' | 'leftOn')[] = [
      ...(mode.kind === 'byElection' && !values.joinedOn ? (['joinedOn'] as const) : []),
      ...(leaving && !values.leftOn ? (['leftOn'] as const) : []),
    ];
    if (missing.length > 0) {
      form.setFields(missing.map((name) => ({ name, errors: [problemText({ field: name, code: 'required' }, domain.problems)] })));
      return false;
    }
    const { reason, ...fields } = values;
    const draft = memberDraft(fields);
    return mode.kind === 'edit' || mode.kind === 'leave'
      ? updateCommitteeMember(db, term.id, mode.member.id, draft, { reason, reasonRequiredFor: settings.reasonRequiredByKind.committeeMember, edited })
      : addCommitteeMember(db, term.id, draft);
  };
  const textField = (name: 'name' | 'phone' | 'building' | 'room', span: number) => (
    <Col span={span}>
      <Form.Item name={name} label={name === 'name' ? t.memberName : domain.fields[name]} required={name === 'name'}>
        <Input data-testid={`member-${name}`} {...textLimit(name === 'name' ? 100 : 50)} disabled={leaving} />
      </Form.Item>
    </Col>
  );
  const dateField = (name: 'joinedOn' | 'leftOn') => (
    <Col span={12}>
      <Form.Item name={name} label={domain.fields[name]} required={(name === 'joinedOn' && mode.kind === 'byElection') || (name === 'leftOn' && leaving)}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid={`member-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      open={open}
      title={`${titles[mode.kind]} · ${t.title(term.termNumber)}`}
      testId="member"
      form={form}
      initialValues={memberFormValuesOf(mode)}
      version={term.updatedAt}
      conflict={memberConflict(messages, mode)}
      write={submit}
      onClose={onClose}
    >
      <Row gutter={12}>
        {textField('name', 12)}
        <Col span={12}>
          <Form.Item name="role" label={domain.fields.role} required>
            <Select data-testid="member-role" disabled={leaving} options={MEMBER_ROLES.map((r) => ({ value: r, label: committees.role[r] }))} />
          </Form.Item>
        </Col>
        {textField('phone', 8)}
        {textField('building', 8)}
        {textField('room', 8)}
        {shown.joined && dateField('joinedOn')}
        {shown.left && (
          <>
            {dateField('leftOn')}
            <Col span={12}>
              <Form.Item name="leftReason" label={domain.fields.leftReason} required>
                <Select data-testid="member-leftReason" options={LEAVE_REASONS.map((r) => ({ value: r, label: committees.leaveReason[r] }))} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
      {(mode.kind === 'edit' || mode.kind === 'leave') && <EditedRecordHistory kind="committeeMember" recordId={mode.member.id} initial={memberFormValuesOf(mode)} />}
    </FormDialog>
  );
}
