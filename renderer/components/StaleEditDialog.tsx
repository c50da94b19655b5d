import { Button, Modal, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { chooseAll, conflictFields, mergeValues, proposedChoice, type ConflictView, type Side, type StaleEditConflict } from './staleMerge';
import { testIdProps } from './testId';

const isDay = (value: unknown): value is { format: (pattern: string) => string; isValid: () => boolean } =>
  typeof value === 'object' && value !== null && 'format' in value && 'isValid' in value;

/**
 * A save refused because the record changed after the form opened: for every field where the
 * stored record and the clerk's differ, both values as the form shows them and who changed it;
 * a field only the other side changed starts on the stored value, one the clerk changed on
 * theirs. The clerk discards their edit, or picks per field (or all of one side) and saves on the
 * stored version. Nothing is written, and nothing the clerk typed is dropped, until they choose.
 */
export function StaleEditDialog<Values extends object, Stored>({ conflict, view, onBack, onKeepTheirs, onSave }: {
  readonly conflict: StaleEditConflict<Values>;
  readonly view: ConflictView<Values, Stored>;
  /** Closed without a choice (Esc, ×): back to the form as the clerk left it, nothing discarded. */
  readonly onBack: () => void;
  readonly onKeepTheirs: () => void;
  readonly onSave: (values: Values) => void;
}) {
  const { faults, ui } = useMessages();
  const t = faults.stale;
  const compared = Object.keys(view.labels) as (keyof Values & string)[];
  const fields = conflictFields(conflict, compared);
  const [chosen, setChosen] = useState<Readonly<Partial<Record<keyof Values & string, Side>>>>(() => proposedChoice(fields));
  const shown = (field: keyof Values & string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t.empty;
    const own = view.display?.(field, value);
    if (own !== undefined) return own;
    if (typeof value === 'boolean') return value ? ui.common.yes : ui.common.no;
    if (isDay(value)) return value.format('YYYY-MM-DD');
    if (Array.isArray(value)) return value.length === 0 ? t.empty : value.map(String).join(t.listSeparator);
    return String(value);
  };
  return (
    <Modal
      open
      title={t.title}
      width={760}
      onCancel={onBack}
      mask={{ closable: false }}
      footer={
        <>
          <Button onClick={onKeepTheirs} data-testid="stale-keep-theirs">{t.keepTheirs}</Button>
          <Button onClick={() => onSave(mergeValues(conflict, compared, chooseAll(fields, 'mine')))} data-testid="stale-keep-mine">{t.keepMine}</Button>
          <Button type="primary" onClick={() => onSave(mergeValues(conflict, compared, chosen))} data-testid="stale-merge">{t.merge}</Button>
        </>
      }
    >
      <div data-testid="stale-edit">
        <Typography.Paragraph type="danger" strong data-testid="stale-refused">{t.refused}</Typography.Paragraph>
        <Typography.Paragraph>{fields.length === 0 ? t.noDifference : t.intro}</Typography.Paragraph>
        {fields.length > 0 && (
          <>
            <Space style={{ marginBottom: 8 }}>
              <Button size="small" onClick={() => setChosen(chooseAll(fields, 'theirs'))} data-testid="stale-all-theirs">{t.allTheirs}</Button>
              <Button size="small" onClick={() => setChosen(chooseAll(fields, 'mine'))} data-testid="stale-all-mine">{t.allMine}</Button>
            </Space>
            <Table
              size="small"
              pagination={false}
              rowKey="field"
              dataSource={fields}
              onRow={(row) => testIdProps(`stale-field-${row.field}`)}
              columns={[
                { title: t.field, dataIndex: 'field', render: (field: keyof Values & string) => view.labels[field] },
                { title: t.changedBy, dataIndex: 'changedBy', render: (by: keyof typeof t.changed) => t.changed[by] },
                ...(['theirs', 'mine'] as const).map((side) => ({
                  title: side === 'theirs' ? t.theirs : t.mine,
                  key: side,
                  render: (_: unknown, row: { field: keyof Values & string }) => (
                    <Radio
                      checked={chosen[row.field] === side}
                      onChange={() => setChosen((now) => ({ ...now, [row.field]: side }))}
                      data-testid={`stale-${side}-${row.field}`}
                    >
                      {shown(row.field, conflict[side][row.field])}
                    </Radio>
                  ),
                })),
              ]}
            />
          </>
        )}
      </div>
    </Modal>
  );
}
