import { Form, Input, Radio, Select } from 'antd';
import { isIsoDate } from '../../../shared/inspections/calendar';
import { ESCALATION_KINDS } from '../../../shared/inspections/kinds';
import type { RectificationNotice } from '../../../shared/inspections/notice';
import { earliestNextDate, proposeRecheckDeadline } from '../../../shared/inspections/noticeProgress';
import { FormDialog } from '../../components/FormDialog';
import { useDb } from '../../db/DbContext';
import { escalateNoticeRecord, recheckNotice, reportNotice } from '../noticeRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { useToday } from '../useToday';
import { textLimit } from '../../components/textLimit';

export type NoticeAction = 'report' | 'recheck' | 'escalate';

interface ActionValues {
  reportedOn?: string;
  recheckedOn?: string;
  passed?: boolean;
  newDeadline?: string;
  escalatedOn?: string;
  escalation?: string;
  note?: string;
}

/** One step of a notice: a report of rectification, a re-check, or an escalation. */
export function NoticeActionModal({ notice, action, onClose }: { notice: RectificationNotice; action: NoticeAction | null; onClose: () => void }) {
  const { inspections: t } = useMessages();
  const db = useDb();
  const today = useToday();
  const [form] = Form.useForm<ActionValues>();
  const passed = Form.useWatch('passed', form);
  const recheckedOn = Form.useWatch('recheckedOn', form);
  const proposal = isIsoDate(recheckedOn) ? proposeRecheckDeadline(notice, recheckedOn) : null;

  // Today, unless the last step is later (a date typed ahead): never before what is recorded.
  const earliest = earliestNextDate(notice);
  const on = today > earliest ? today : earliest;
  const initialValues: ActionValues =
    action === 'report'
      ? { reportedOn: on, note: '' }
      : action === 'recheck'
        ? { recheckedOn: on, passed: undefined, newDeadline: proposeRecheckDeadline(notice, on).proposed, note: '' }
        : { escalatedOn: on, escalation: undefined, note: '' };

  const write = async (values: ActionValues, edited: number | undefined) => {
    if (action === 'report') return reportNotice(db, notice.id, values, edited);
    if (action === 'recheck') return recheckNotice(db, notice.id, values, edited);
    if (action === 'escalate') return escalateNoticeRecord(db, notice.id, values, edited);
    return false;
  };

  const title = action === 'report' ? t.notice.report : action === 'recheck' ? t.notice.recheck : t.notice.escalate;
  return (
    <FormDialog
      open={action !== null}
      title={`${title} · ${notice.number}`}
      testId="notice-action"
      formTestId={`notice-${action ?? 'none'}-form`}
      width={520}
      form={form}
      initialValues={initialValues}
      version={notice.updatedAt}
      write={write}
      savedMessage={t.notice.recorded}
      onClose={onClose}
    >
        {action === 'report' && (
          <Form.Item name="reportedOn" label={t.notice.reportedOn} required>
            <Input data-testid="notice-reportedOn" />
          </Form.Item>
        )}
        {action === 'recheck' && (
          <>
            <Form.Item name="recheckedOn" label={t.notice.recheckedOn} required>
              <Input data-testid="notice-recheckedOn" />
            </Form.Item>
            <Form.Item name="passed" label={t.notice.passed} required>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                data-testid="notice-passed"
                options={[
                  { value: true, label: t.notice.passedYes },
                  { value: false, label: t.notice.passedNo },
                ]}
              />
            </Form.Item>
            {passed === false && (
              <Form.Item
                name="newDeadline"
                label={t.notice.newDeadline}
                required
                extra={proposal && <span data-testid="notice-proposedDeadline">{t.notice.proposedDeadline(proposal.afterRecheck, proposal.running)}</span>}
              >
                <Input data-testid="notice-newDeadline" />
              </Form.Item>
            )}
          </>
        )}
        {action === 'escalate' && (
          <>
            <Form.Item name="escalatedOn" label={t.notice.escalatedOn} required>
              <Input data-testid="notice-escalatedOn" />
            </Form.Item>
            <Form.Item name="escalation" label={t.notice.escalation} required>
              <Select options={ESCALATION_KINDS.map((k) => ({ value: k, label: t.escalation[k] }))} data-testid="notice-escalation" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t.notice.note}>
          <Input.TextArea rows={2} {...textLimit(500)} data-testid="notice-note" />
        </Form.Item>
    </FormDialog>
  );
}
