import { Button, Form, Input, Select, Switch, Tooltip } from 'antd';
import { shortcutProps } from '../components/keyboard/shortcutProps';
import { LOCALES } from '../../shared/i18n/locale';
import type { Settings } from '../../shared/settings/settings';
import { HistorySettingsFields } from '../history/ui';
import { useMessages } from '../i18n/I18nProvider';
import { CommitteeSettingsFields } from '../committees/ui';
import { InspectionSettingsFields } from '../inspections/ui';
import { CreditSettingsFields } from '../companies/ui';
import { ComplaintSettingsFields } from '../complaints/ui';
import { textLimit, textLimitRule } from '../components/textLimit';
import { DutySettingsFields } from '../dashboard/ui';

/** The office's identity: the same fields on first run and in 设置. */
export function SettingsForm({ initial, submitLabel, showLocale, onSubmit }: {
  initial: Settings;
  submitLabel: string;
  showLocale: boolean;
  onSubmit: (values: Settings) => Promise<void>;
}) {
  const { ui, faults } = useMessages();
  const t = ui.settings;
  const [form] = Form.useForm<Settings>();
  const required = (label: string, max: number) => [{ required: true, whitespace: true, message: t.required(label) }, textLimitRule(max, faults)];
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onSubmit} data-testid="settings-form" style={{ maxWidth: 480 }}>
      <Form.Item name="streetName" label={t.streetName} rules={required(t.streetName, 100)}>
        <Input placeholder={t.streetNamePlaceholder} data-testid="settings-streetName" {...textLimit(100)} />
      </Form.Item>
      <Form.Item name="district" label={t.district} rules={required(t.district, 100)}>
        <Input placeholder={t.districtPlaceholder} data-testid="settings-district" {...textLimit(100)} />
      </Form.Item>
      <Form.Item name="operator" label={t.operator} rules={required(t.operator, 50)}>
        <Input placeholder={t.operatorPlaceholder} data-testid="settings-operator" {...textLimit(50)} />
      </Form.Item>
      <Form.Item name="locale" label={t.locale} hidden={!showLocale}>
        <Select data-testid="settings-locale" options={LOCALES.map((value) => ({ value, label: ui.language[value] }))} />
      </Form.Item>
      <Form.Item name="largeText" label={t.largeText} extra={t.largeTextHint} valuePropName="checked" hidden={!showLocale}>
        <Switch data-testid="settings-largeText" />
      </Form.Item>
      {showLocale && <CommitteeSettingsFields />}
      {showLocale && <InspectionSettingsFields />}
      {showLocale && <ComplaintSettingsFields />}
      {showLocale && <DutySettingsFields />}
      {showLocale && <HistorySettingsFields />}
      {showLocale && <CreditSettingsFields />}
      <Tooltip title={ui.shortcuts.save}>
        <Button type="primary" htmlType="submit" data-testid="settings-submit" {...shortcutProps('save')}>{submitLabel}</Button>
      </Tooltip>
    </Form>
  );
}
