import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useMessages } from '../../i18n/I18nProvider';
import type { ColumnChoice } from './useColumnChoice';

/** The 显示列 button of a ledger: tick the columns to see; the choice is remembered. */
export function ColumnChooser<T>({ choice, testId }: { choice: ColumnChoice<T>; testId: string }) {
  const { ui } = useMessages();
  const t = ui.table;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t.columns}
      content={
        <Space direction="vertical" data-testid={`${testId}-options`}>
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            value={[...choice.shownKeys]}
            options={choice.choosable.map((c) => ({ value: c.key, label: c.title }))}
            onChange={(keys) => choice.choose(keys.map(String))}
          />
          <Button size="small" onClick={choice.reset} data-testid={`${testId}-reset`}>{t.resetColumns}</Button>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />} data-testid={testId} aria-haspopup="dialog">{t.columns}</Button>
    </Popover>
  );
}
