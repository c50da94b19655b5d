import { Form, Input, Radio, Typography } from 'antd';
import { CATEGORY_RESULTS, INSPECTION_CATEGORIES } from '../../../shared/inspections/kinds';
import { useMessages } from '../../i18n/I18nProvider';
import { textLimit } from '../../components/textLimit';

/**
 * The six categories, one row each: the result as a radio group (Tab reaches it, arrow keys
 * change it), the note, and in a 考评 the category's own mark.
 */
export function CategoryRows({ scored }: { scored: boolean }) {
  const { inspections: t } = useMessages();
  return (
    <table className="inspection-categories" style={{ width: '100%', borderCollapse: 'collapse' }}>
      <tbody>
        {INSPECTION_CATEGORIES.map((category) => (
          <tr key={category} data-testid={`entry-category-${category}`}>
            <td style={{ width: 150, verticalAlign: 'top', paddingTop: 5 }}>
              <Typography.Text strong>{t.category[category]}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.categoryHint[category]}</Typography.Text>
            </td>
            <td style={{ width: 230, verticalAlign: 'top' }}>
              <Form.Item name={category} style={{ marginBottom: 8 }}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  size="small"
                  data-testid={`entry-result-${category}`}
                  options={CATEGORY_RESULTS.map((result) => ({ value: result, label: t.result[result] }))}
                />
              </Form.Item>
            </td>
            <td style={{ verticalAlign: 'top' }}>
              <Form.Item name={['notes', category]} style={{ marginBottom: 8 }}>
                <Input size="small" placeholder={t.entry.notePlaceholder} data-testid={`entry-note-${category}`} {...textLimit(500)} />
              </Form.Item>
            </td>
            {scored && (
              <td style={{ width: 90, verticalAlign: 'top', paddingLeft: 8 }}>
                <Form.Item name={['marks', category]} style={{ marginBottom: 8 }}>
                  <Input size="small" inputMode="decimal" placeholder={t.entry.mark} data-testid={`entry-mark-${category}`} />
                </Form.Item>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
