import { Button, Checkbox, Col, Form, Input, Row, Select, Space } from 'antd';
import { GOAL_MEASURES, type Campaign } from '../../shared/campaigns';
import { FormDialog } from '../components/FormDialog';
import { FormRows } from '../components/FormRows';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useEstateDirectory } from '../inspections/ui';
import { createCampaign, updateCampaign } from './campaignRepository';
import { campaignConflict, campaignDraft, campaignFormValues, type CampaignValues } from './campaignForm';

/** Enters or edits a campaign: its document, the estates it covers, its phases and its measured goals. */
export function CampaignFormModal({ open, campaign, onClose, onSaved }: { open: boolean; campaign?: Campaign; onClose: () => void; onSaved?: (campaign: Campaign) => void }) {
  const messages = useMessages();
  const t = messages.campaigns;
  const db = useDb();
  const directory = useEstateDirectory();
  const write = (values: CampaignValues, edited: number | undefined) => {
    const draft = campaignDraft(values);
    return campaign ? updateCampaign(db, campaign.id, draft, edited) : createCampaign(db, draft);
  };
  return (
    <FormDialog open={open} title={campaign ? t.form.editTitle : t.form.addTitle} testId="campaign" width={860} initialValues={campaignFormValues(campaign)} version={campaign?.updatedAt} conflict={campaign ? campaignConflict(messages, (id) => directory?.label(id) ?? id) : undefined} write={write} savedMessage={t.form.saved} onSaved={onSaved} onClose={onClose}>
      <Row gutter={12}>
        <Col span={14}>
          <Form.Item name="name" label={t.form.name} required>
            <Input placeholder={t.form.namePlaceholder} data-testid="campaign-name" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="year" label={t.form.year} required>
            <Input data-testid="campaign-year" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="sourceRef" label={t.form.sourceRef}>
            <Input data-testid="campaign-sourceRef" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="goalText" label={t.form.goalText}>
        <Input.TextArea rows={2} data-testid="campaign-goalText" />
      </Form.Item>
      <Form.Item name="estateIds" label={t.form.estates} extra={t.form.estatesHint}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={(directory?.estates ?? []).map((e) => ({ value: e.id, label: directory?.label(e.id) ?? e.name }))}
          data-testid="campaign-estates"
          maxTagCount="responsive"
        />
      </Form.Item>
      <Form.Item label={t.form.phases}>
        <FormRows
          name="phases"
          cells={[
            { field: 'name', span: 10, label: t.form.phaseName, input: (i) => <Input placeholder={t.form.phaseName} data-testid={`campaign-phase-${i}-name`} /> },
            { field: 'startsOn', span: 6, input: (i) => <Input placeholder={t.form.startsOn} data-testid={`campaign-phase-${i}-startsOn`} /> },
            { field: 'endsOn', span: 6, input: (i) => <Input placeholder={t.form.endsOn} data-testid={`campaign-phase-${i}-endsOn`} /> },
          ]}
          emptyRow={{ name: '', startsOn: '', endsOn: '' }}
          removeLabel={t.form.remove}
          addLabel={t.form.addPhase}
          addTestId="campaign-add-phase"
        />
      </Form.Item>
      <Form.Item label={t.form.goals}>
        <Form.List name="goals">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'measure']}>
                    <Select style={{ width: 280 }} options={GOAL_MEASURES.map((m) => ({ value: m, label: t.measure[m] }))} data-testid={`campaign-goal-${i}-measure`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'targetPercent']}>
                    <Input style={{ width: 100 }} placeholder={t.form.target} data-testid={`campaign-goal-${i}-target`} />
                  </Form.Item>
                  <Button type="link" onClick={() => remove(field.name)}>{t.form.remove}</Button>
                </Space>
              ))}
              <Button onClick={() => add({ measure: 'returnsFiled', targetPercent: '100' })} data-testid="campaign-add-goal">{t.form.addGoal}</Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="finalPaymentNeedsAcceptance" valuePropName="checked">
        <Checkbox data-testid="campaign-finalNeedsAcceptance">{t.form.finalNeedsAcceptance}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
