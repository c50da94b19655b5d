import { Checkbox, Divider, Form } from 'antd';
import { REASON_FIELDS } from '../../shared/history/reasonFields';
import { useMessages } from '../i18n/I18nProvider';
import { useReasonFieldLabels } from './useReasonFieldLabels';

/** The settings page's change-history section: which estate fields need a reason when changed. */
export function HistorySettingsFields() {
  const { history } = useMessages();
  const labels = useReasonFieldLabels();
  return (
    <>
      <Divider titlePlacement="start">{history.settings.section}</Divider>
      <Form.Item name="reasonRequiredFields" label={history.settings.reasonRequiredFields} extra={history.settings.reasonRequiredHint}>
        <Checkbox.Group data-testid="settings-reasonRequiredFields" options={REASON_FIELDS.map((value) => ({ value, label: labels[value] }))} />
      </Form.Item>
    </>
  );
}
