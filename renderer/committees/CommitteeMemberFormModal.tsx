import { problemText } from '../../shared/common/problem';
import { EditedRecordHistory } from '../history/ui';
import { useSettings } from '../settings/SettingsProvider';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { LEAVE_REASONS, MEMBER_ROLES, type CommitteeMember, type CommitteeTerm, type LeaveReason, type MemberRole } from '../../shared/committees/types';
import { addCommitteeMember, updateCommitteeMember } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT, fromPicker, toPicker } from './formDates';
import { textLimit } from '../components/textLimit';

/**
 * What the member form is for: a member elected with the term, a by-election (补选, with the
 * day), a correction, or a member leaving (辞职 / 罢免, with the day).
 */
export type MemberFormMode =
  | { readonly kind: 'add' }
  | { readonly kind: 'byElection' }
  | { readonly kind: 'edit'; readonly member: CommitteeMember }
  | { readonly kind: 'leave'; readonly member: CommitteeMember };

interface MemberFormValues {
  name: string;
  role: MemberRole;
  phone: string;
  building: string;
  room: string;
  /** `undefined` when the mode does not show the field. */
  joinedOn: Dayjs | null | undefined;
  leftOn: Dayjs | null | undefined;
  leftReason: LeaveReason | null | undefined;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

function initialValuesOf(mode: MemberFormMode): MemberFormValues {
  const member = mode.kind === 'edit' || mode.kind === 'leave' ? mode.member : null;
  return {
    name: member?.name ?? '',
    role: member?.role ?? 'member',
    phone: member?.phone ?? '',
    building: member?.building ?? '',
    room: member?.room ?? '',
    joinedOn: toPicker(member?.joinedOn),
    leftOn: toPicker(member?.leftOn),
    leftReason: member?.leftReason ?? null,
  };
}

export function CommitteeMemberFormModal({ open, term, mode, onClose }: {
  open: boolean;
  term: CommitteeTerm;
  mode: MemberFormMode;
  onClose: () => void;
}) {
  const { domain, committees } = useMessages();
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
    // A date field the mode does not show is absent (undefined): the stored value stays.
    const picked = (value: Dayjs | null | undefined) => (value === undefined ? undefined : fromPicker(value));
    const { reason, ...fields } = values;
    const draft = { ...fields, joinedOn: picked(values.joinedOn), leftOn: picked(values.leftOn) };
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
      initialValues={initialValuesOf(mode)}
      version={term.updatedAt}
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
        {(mode.kind === 'byElection' || (mode.kind === 'edit' && mode.member.joinedOn !== null)) && dateField('joinedOn')}
        {(leaving || (mode.kind === 'edit' && mode.member.leftOn !== null)) && (
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
      {(mode.kind === 'edit' || mode.kind === 'leave') && <EditedRecordHistory kind="committeeMember" recordId={mode.member.id} initial={initialValuesOf(mode)} />}
    </FormDialog>
  );
}
