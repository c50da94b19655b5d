import { App as AntApp, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { addDays } from '../../../shared/inspections/calendar';
import { ESCALATION_KINDS } from '../../../shared/inspections/kinds';
import { DEFAULT_RECTIFICATION_DAYS, type RectificationNotice } from '../../../shared/inspections/notice';
import { earliestNextDate } from '../../../shared/inspections/noticeProgress';
import { useSaveWithProblems } from '../../components/useSaveWithProblems';
import { useDb } from '../../db/DbContext';
import { escalateNoticeRecord, recheckNotice, reportNotice } from '../noticeRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { useToday } from '../useToday';

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
  const { inspections: t, ui } = useMessages();
  const { message } = AntApp.useApp();
  const db = useDb();
  const today = useToday();
  const [form] = Form.useForm<ActionValues>();
  const save = useSaveWithProblems(form);
  const passed = Form.useWatch('passed', form);

  useEffect(() => {
    if (action === null) return;
    // Today, unless the last step is later (a date typed ahead): never before what is recorded.
    const earliest = earliestNextDate(notice);
    const on = today > earliest ? today : earliest;
    form.resetFields();
    if (action === 'report') form.setFieldsValue({ reportedOn: on, note: '' });
    if (action === 'recheck') form.setFieldsValue({ recheckedOn: on, passed: undefined, newDeadline: addDays(on, DEFAULT_RECTIFICATION_DAYS), note: '' });
    if (action === 'escalate') form.setFieldsValue({ escalatedOn: on, escalation: undefined, note: '' });
    // Filled when the modal opens for an action, not again while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, form]);

  const submit = async (values: ActionValues) => {
    const ok = await save(async () => {
      if (action === 'report') await reportNotice(db, notice.id, values);
      if (action === 'recheck') await recheckNotice(db, notice.id, values);
      if (action === 'escalate') await escalateNoticeRecord(db, notice.id, values);
    });
    if (ok) {
      void message.success(t.notice.recorded);
      onClose();
    }
  };

  const title = action === 'report' ? t.notice.report : action === 'recheck' ? t.notice.recheck : t.notice.escalate;
  return (
    <Modal
      open={action !== null}
      title={`${title} · ${notice.number}`}
      okText={ui.common.save}
      cancelText={ui.common.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'notice-action-save' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} data-testid={`notice-${action ?? 'none'}-form`}>
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
              <Form.Item name="newDeadline" label={t.notice.newDeadline} required>
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
          <Input.TextArea rows={2} maxLength={500} data-testid="notice-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
