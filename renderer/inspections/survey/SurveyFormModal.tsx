import { Col, Form, Input, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { parseCount } from '../../../shared/common/numbers';
import { formatRate, surveyOutcome, type AcceptanceSurvey } from '../../../shared/inspections/survey';
import { FormDialog } from '../../components/FormDialog';
import { useDb } from '../../db/DbContext';
import { createSurvey, updateSurvey } from '../surveyRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { useSettings } from '../../settings/SettingsProvider';
import { useEstateDirectory } from '../useEstateDirectory';
import { useToday } from '../useToday';
import { textLimit } from '../../components/textLimit';
import { EditedRecordHistory } from '../../history/ui';
import { surveyConflict, surveyFormValues, type SurveyValues } from './surveyForm';

export type SurveyMode = { readonly kind: 'create'; readonly estateId?: string } | { readonly kind: 'edit'; readonly survey: AcceptanceSurvey };

/** Logs (or corrects) a door-to-door satisfaction survey, showing the rate and outcome as typed. */
export function SurveyFormModal({ mode, onClose }: { mode: SurveyMode | null; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.inspections;
  const { settings } = useSettings();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const [form] = Form.useForm<SurveyValues>();
  const surveyed = Form.useWatch('surveyed', form);
  const satisfied = Form.useWatch('satisfied', form);
  const threshold = mode?.kind === 'edit' ? mode.survey.threshold : settings.acceptanceThreshold;
  const initialValues: SurveyValues =
    mode?.kind === 'edit'
      ? surveyFormValues(mode.survey)
      : { estateId: mode?.estateId, surveyedOn: today, surveyed: '', satisfied: '', note: '' };

  const preview = useMemo(() => {
    const n = parseCount(surveyed ?? '');
    const s = parseCount(satisfied ?? '');
    if (!n.ok || !s.ok || n.value === null || s.value === null || n.value === 0 || s.value > n.value) return null;
    const counts = { surveyed: n.value, satisfied: s.value };
    return `${formatRate(counts.satisfied / counts.surveyed)} · ${t.outcome[surveyOutcome(counts, threshold)]}`;
  }, [surveyed, satisfied, threshold, t]);

  const write = ({ reason, ...values }: SurveyValues, edited: number | undefined) => {
    const draft = { ...values, estateId: values.estateId ?? '' };
    return mode?.kind === 'edit'
      ? updateSurvey(db, mode.survey.id, draft, { reason, reasonRequiredFor: settings.reasonRequiredByKind.survey, edited })
      : createSurvey(db, draft, settings.acceptanceThreshold);
  };

  return (
    <FormDialog
      open={mode !== null}
      title={mode?.kind === 'edit' ? t.survey.editTitle : t.survey.addTitle}
      testId="survey"
      form={form}
      initialValues={initialValues}
      version={mode?.kind === 'edit' ? mode.survey.updatedAt : undefined}
      conflict={mode?.kind === 'edit' ? surveyConflict(messages, (id) => directory?.label(id)) : undefined}
      write={write}
      savedMessage={t.survey.saved}
      onClose={onClose}
      intro={<Typography.Paragraph type="secondary">{t.survey.rule(formatRate(threshold))}</Typography.Paragraph>}
    >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="estateId" label={t.survey.estate} required>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(directory?.estates ?? []).map((e) => ({ value: e.id, label: directory?.label(e.id) ?? e.name }))}
                data-testid="survey-estateId"
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="surveyedOn" label={t.survey.surveyedOn} required>
              <Input data-testid="survey-surveyedOn" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="surveyed" label={t.survey.surveyed} required>
              <Input inputMode="numeric" data-testid="survey-surveyed" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="satisfied" label={t.survey.satisfied} required>
              <Input inputMode="numeric" data-testid="survey-satisfied" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t.survey.rate}>
              <Typography.Text strong data-testid="survey-preview">{preview ?? '—'}</Typography.Text>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t.survey.note}>
              <Input.TextArea rows={2} {...textLimit(500)} data-testid="survey-note" />
            </Form.Item>
          </Col>
        </Row>
        {mode?.kind === 'edit' && <EditedRecordHistory kind="survey" recordId={mode.survey.id} initial={initialValues} />}
    </FormDialog>
  );
}
