import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { PreparatoryGroup } from '../../shared/committees/types';
import { createPreparatoryGroup, updatePreparatoryGroup } from './committeePreparationRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { FormDialog } from '../components/FormDialog';
import { DATE_FORMAT } from './formDates';
import { groupConflict, groupDraft, groupFormValues, type GroupFormValues } from './preparationForms';
import { textLimit } from '../components/textLimit';

/** Form or edit an estate's preparatory group (筹备组). */
export function PreparatoryGroupFormModal({ open, estateId, editing, onClose }: {
  open: boolean;
  estateId: string;
  editing: PreparatoryGroup | null;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { domain, committees } = messages;
  const t = committees.panel;
  const db = useDb();
  const [form] = Form.useForm<GroupFormValues>();

  const submit = async (values: GroupFormValues, edited: number | undefined) => {
    const draft = groupDraft(estateId, values);
    return editing ? updatePreparatoryGroup(db, editing.id, draft, edited) : createPreparatoryGroup(db, draft);
  };

  return (
    <FormDialog
      open={open}
      title={editing ? t.editGroupTitle : t.addGroupTitle}
      testId="group"
      form={form}
      initialValues={groupFormValues(editing, messages)}
      version={editing?.updatedAt}
      conflict={editing ? groupConflict(messages) : undefined}
      write={submit}
      onClose={onClose}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="formedOn" label={domain.fields.formedOn} required>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="group-formedOn" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="communityRepresentative" label={domain.fields.communityRepresentative}>
            <Input data-testid="group-communityRepresentative" {...textLimit(100)} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="members" label={domain.fields.members} extra={t.membersHint}>
            <Input.TextArea data-testid="group-members" rows={2} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={domain.fields.notes}>
            <Input.TextArea data-testid="group-notes" rows={2} />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
