import { Col, Form, Input, Row, Select, Typography } from 'antd';
import type { Community } from '../../shared/estates/community';
import { COMMUNITY_KINDS } from '../../shared/estates/community';
import { FormDialog } from '../components/FormDialog';
import { createCommunity, updateCommunity } from './communityRepository';
import { communityConflict, communityDraft, communityFormValues, type CommunityFormValues } from './communityForm';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { textLimit } from '../components/textLimit';
import { EditedRecordHistory } from '../history/ui';
import { useSettings } from '../settings/SettingsProvider';

/** Add or edit a community; `editing` null means add. Counts are typed as text and parsed by the shared rules. */
export function CommunityFormModal({ open, editing, onClose }: { open: boolean; editing: Community | null; onClose: () => void }) {
  const messages = useMessages();
  const { ui, domain } = messages;
  const t = ui.communities;
  const db = useDb();
  const { settings } = useSettings();
  const write = ({ reason, ...values }: CommunityFormValues, edited: number | undefined) => {
    const draft = communityDraft(values);
    return editing ? updateCommunity(db, editing.id, draft, { reason, reasonRequiredFor: settings.reasonRequiredByKind.community, edited }) : createCommunity(db, draft);
  };
  const count = (name: keyof CommunityFormValues, label: string) => (
    <Col span={6}>
      <Form.Item name={name} label={label}>
        <Input inputMode="numeric" data-testid={`community-${name}`} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog open={open} title={editing ? t.editTitle : t.addTitle} testId="community" width={640} initialValues={communityFormValues(editing)} version={editing?.updatedAt} conflict={editing ? communityConflict(messages) : undefined} write={write} onClose={onClose}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t.name} required>
              <Input data-testid="community-name" {...textLimit(100)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={t.kind}>
              <Select data-testid="community-kind" options={COMMUNITY_KINDS.map((k) => ({ value: k, label: domain.communityKind[k] }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="director" label={t.director}>
              <Input data-testid="community-director" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="phone" label={t.phone}>
              <Input data-testid="community-phone" />
            </Form.Item>
          </Col>
          {count('plannedTotal', t.plannedTotal)}
          {count('plannedClass1', t.plannedClass1)}
          {count('plannedClass2', t.plannedClass2)}
          {count('plannedClass3', t.plannedClass3)}
        </Row>
        <Typography.Text type="secondary">{t.plannedHint}</Typography.Text>
        {editing && <EditedRecordHistory kind="community" recordId={editing.id} initial={communityFormValues(editing)} />}
    </FormDialog>
  );
}
