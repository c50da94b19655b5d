import { Button, Col, Form, Row } from 'antd';
import type { ReactNode } from 'react';

/** One input of a repeated row: the row's field it edits, its width of 24, and the input itself. */
export interface FormRowCell {
  readonly field: string;
  readonly span: number;
  /** Named for screen readers where the input shows no label. */
  readonly label?: string;
  readonly input: (row: number) => ReactNode;
}

/**
 * A form's list of like rows (a campaign's phases, a fund's shares): each row its inputs side by
 * side and a remove link, then a button adding an empty row.
 */
export function FormRows({ name, cells, emptyRow, removeLabel, addLabel, addTestId }: {
  name: string;
  cells: readonly FormRowCell[];
  emptyRow: Readonly<Record<string, unknown>>;
  removeLabel: string;
  addLabel: string;
  addTestId: string;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((row, i) => (
            <Row gutter={8} key={row.key}>
              {cells.map((cell) => (
                <Col span={cell.span} key={cell.field}>
                  <Form.Item name={[row.name, cell.field]} aria-label={cell.label}>
                    {cell.input(i)}
                  </Form.Item>
                </Col>
              ))}
              <Col span={2}>
                <Button type="link" onClick={() => remove(row.name)}>{removeLabel}</Button>
              </Col>
            </Row>
          ))}
          <Button onClick={() => add(emptyRow)} data-testid={addTestId}>{addLabel}</Button>
        </>
      )}
    </Form.List>
  );
}
