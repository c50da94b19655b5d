import { Button, Modal, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { testIdProps } from './testId';

export interface StaleEditConflict<Values> {
  readonly mine: Values;
  readonly theirs: Values;
  /** The stored version the next save is made on. */
  readonly version: number;
}

type Side = 'mine' | 'theirs';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * A save refused because the record changed after the form opened: both versions side by side
 * for every field that differs, and the clerk keeps the saved one, overwrites with theirs own, or
 * picks field by field. Nothing is written until they choose.
 */
export function StaleEditDialog<Values extends object>({ conflict, labels, display, onKeepTheirs, onSave }: {
  readonly conflict: StaleEditConflict<Values>;
  readonly labels: Readonly<Partial<Record<keyof Values & string, string>>>;
  /** A field's value as the form shows it (a community's name rather than its id). */
  readonly display?: (field: keyof Values & string, value: unknown) => string;
  readonly onKeepTheirs: () => void;
  readonly onSave: (values: Values, version: number) => void;
}) {
  const { faults, ui } = useMessages();
  const t = faults.stale;
  const fields = (Object.keys({ ...conflict.theirs, ...conflict.mine }) as (keyof Values & string)[]).filter(
    (field) => field in labels && !same(conflict.mine[field], conflict.theirs[field]),
  );
  const [chosen, setChosen] = useState<Readonly<Record<string, Side>>>(() => Object.fromEntries(fields.map((f) => [f, 'mine'])));
  const shown = (field: keyof Values & string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t.empty;
    if (display) return display(field, value);
    if (typeof value === 'boolean') return value ? ui.common.yes : ui.common.no;
    return String(value);
  };
  const merged = (): Values => {
    const out: Values = { ...conflict.mine };
    for (const field of fields) out[field] = chosen[field] === 'theirs' ? conflict.theirs[field] : conflict.mine[field];
    return out;
  };
  return (
    <Modal
      open
      title={t.title}
      width={720}
      onCancel={onKeepTheirs}
      maskClosable={false}
      footer={
        <>
          <Button onClick={onKeepTheirs} data-testid="stale-keep-theirs">{t.keepTheirs}</Button>
          <Button onClick={() => onSave(conflict.mine, conflict.version)} data-testid="stale-keep-mine">{t.keepMine}</Button>
          <Button type="primary" onClick={() => onSave(merged(), conflict.version)} data-testid="stale-merge">{t.merge}</Button>
        </>
      }
    >
      <div data-testid="stale-edit">
        <Typography.Paragraph type="danger" strong data-testid="stale-refused">{t.refused}</Typography.Paragraph>
        <Typography.Paragraph>{t.intro}</Typography.Paragraph>
        <Table
          size="small"
          pagination={false}
          rowKey="field"
          dataSource={fields.map((field) => ({ field }))}
          onRow={(row) => testIdProps(`stale-field-${row.field}`)}
          columns={[
            { title: t.field, dataIndex: 'field', render: (field: keyof Values & string) => labels[field] },
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
      </div>
    </Modal>
  );
}
