import { Alert, Button, Card, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { columnLetter } from '../../shared/exchange/grid';
import type { KindChoice } from './importProtocol';
import type { KindPreview, ProblemLine, RowLine } from './exchangePreview';
import { useMessages } from '../i18n/I18nProvider';

function More({ shown, total }: { shown: number; total: number }) {
  const { ui } = useMessages();
  return shown < total ? <Typography.Text type="secondary">{ui.exchangePage.more(shown, total)}</Typography.Text> : null;
}

function RowList({ rows, total, testId }: { rows: readonly RowLine[]; total: number; testId: string }) {
  const { ui } = useMessages();
  const t = ui.exchangePage;
  return (
    <>
      <Table<RowLine>
        size="small"
        rowKey="row"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={[...rows]}
        data-testid={testId}
        columns={[
          { title: t.row, dataIndex: 'row', width: 80 },
          { title: t.content, dataIndex: 'text' },
        ]}
      />
      <More shown={rows.length} total={total} />
    </>
  );
}

/** A sheet without a community column: the user gives one community for every row of it. */
function SetCommunity({ testId, onSet }: { testId: (part: string) => string; onSet: (community: string) => void }) {
  const { ui } = useMessages();
  const t = ui.exchangePage;
  const [name, setName] = useState('');
  return (
    <Alert
      type="warning"
      showIcon
      title={t.missingCommunity}
      data-testid={testId('missing-community')}
      description={
        <Space.Compact style={{ width: 420 }}>
          <Input value={name} placeholder={t.communityPlaceholder} onChange={(e) => setName(e.target.value)} data-testid={testId('community-input')} />
          <Button type="primary" disabled={name.trim() === ''} onClick={() => onSet(name.trim())} data-testid={testId('community-set')}>
            {t.setCommunity}
          </Button>
        </Space.Compact>
      }
    />
  );
}

/** Where the rows' community comes from when the sheet has no column for it. */
function communitySource(preview: KindPreview, t: ReturnType<typeof useMessages>['ui']['exchangePage']): string | null {
  const named = preview.parts.filter((p) => (p.fixed.community ?? '') !== '');
  if (named.length === 0) return null;
  const [only] = named;
  if (named.length === 1 && only && only.name !== only.fixed.community) return t.userCommunity(only.fixed.community ?? '');
  return t.sheetCommunities(named.map((p) => t.sheetCommunity(p.name, p.fixed.community ?? '')).join(t.columnListSeparator));
}

/**
 * One record kind of the file: which sheet, where the header is, which column feeds which
 * field (changeable), and what each row will do.
 */
export function KindPreviewCard({ preview, onChoose }: { preview: KindPreview; onChoose: (choice: KindChoice) => void }) {
  const { ui, domain } = useMessages();
  const t = ui.exchangePage;
  const columnOptions = [
    { value: -1, label: t.notImported },
    ...preview.labels.map((label, column) => ({ value: column, label: `${columnLetter(column)} ${label}` })),
  ];
  // A list read from several sheets (one per community) stays so: no single sheet is pinned.
  const sameSheets = preview.parts.length > 1 ? {} : { sheet: preview.sheet.index };
  const chooseColumn = (field: string, column: number) => {
    const columns: Record<string, number | null> = {};
    for (const c of preview.columns) if (c.source === 'user') columns[c.field] = c.column;
    columns[field] = column < 0 ? null : column;
    onChoose({ ...sameSheets, columns });
  };
  const testId = (part: string) => `preview-${preview.kind}-${part}`;
  return (
    <Card
      title={t.kind[preview.kind]}
      style={{ marginTop: 16 }}
      data-testid={testId('card')}
      extra={
        <Space>
          <span>{t.sheet}</span>
          <Select
            style={{ minWidth: 220 }}
            aria-label={t.sheet}
            data-testid={testId('sheet')}
            value={preview.sheet.index}
            options={preview.sheets.map((s) => ({ value: s.index, label: domain.aside(s.name, t.sheetScore(s.score)) }))}
            onChange={(sheet) => onChoose({ sheet })}
          />
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {!preview.match.confident && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid={testId('low-match')}
            title={t.lowMatch(t.kind[preview.kind] ?? preview.kind, Math.round(preview.match.score * 100))}
            description={
              <>
                {preview.match.alternatives.length > 0 && (
                  <div data-testid={testId('could-be')}>
                    {t.couldBe(preview.match.alternatives.map((a) => domain.aside(t.kind[a.kind] ?? a.kind, t.sheetScore(a.score))).join(domain.enumeration))}
                  </div>
                )}
                <div>{t.lowMatchAdvice}</div>
              </>
            }
          />
        )}
        <Typography.Text data-testid={testId('header')}>{t.headerRows(preview.headerRows.first, preview.headerRows.last)}</Typography.Text>
        {preview.missing.includes('community') && <SetCommunity testId={testId} onSet={(community) => onChoose({ ...sameSheets, fixed: { community } })} />}
        {communitySource(preview, t) !== null && <Typography.Text data-testid={testId('community-source')}>{communitySource(preview, t)}</Typography.Text>}
        <Typography.Text strong data-testid={testId('counts')}>
          {t.counts(preview.counts.read, preview.counts.valid, preview.counts.invalid, preview.counts.skipped)}
        </Typography.Text>
        {preview.warnings.map((w) => <Typography.Text key={w} type="warning">{w}</Typography.Text>)}
        <Table
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={[...preview.columns]}
          data-testid={testId('mapping')}
          columns={[
            {
              title: t.field,
              key: 'field',
              width: 200,
              render: (_, c) => (
                <Space>
                  {c.label}
                  {c.required && <Tag>{t.requiredMark}</Tag>}
                </Space>
              ),
            },
            {
              title: t.column,
              key: 'column',
              render: (_, c) => (
                <Space>
                  <Select
                    style={{ minWidth: 240 }}
                    aria-label={c.label}
                    data-testid={testId(`column-${c.field}`)}
                    value={c.column ?? -1}
                    options={columnOptions}
                    onChange={(column: number) => chooseColumn(c.field, column)}
                  />
                  {c.source === 'user' && <Tag color="blue">{t.userChoice}</Tag>}
                </Space>
              ),
            },
          ]}
        />
        {preview.ignored.length > 0 && (
          <Typography.Text type="secondary" data-testid={testId('ignored')}>
            {t.ignoredColumns(preview.ignored.map((u) => t.ignoredColumn(u.column, u.header)).join(t.columnListSeparator))}
          </Typography.Text>
        )}
        {preview.notImported.map((g) => (
          <Typography.Text key={`${g.column}-${g.header}`} type="warning" data-testid={testId(`not-imported-${g.column}`)}>
            {t.notImportedCells(g.column, g.header, g.rows.join(t.columnListSeparator), g.reason)}
          </Typography.Text>
        ))}
        {preview.lookalikes.map((u) => (
          <Typography.Text key={u.column} type="warning" data-testid={testId(`lookalike-${u.column}`)}>
            {t.lookalike(u.column, u.header)}
          </Typography.Text>
        ))}
        <Tabs
          data-testid={testId('tabs')}
          items={[
            { key: 'added', label: t.tabAdded(preview.addedCount), children: <RowList rows={preview.added} total={preview.addedCount} testId={testId('added')} /> },
            { key: 'changed', label: t.tabChanged(preview.changedCount), children: <RowList rows={preview.changed} total={preview.changedCount} testId={testId('changed')} /> },
            { key: 'unchanged', label: t.tabUnchanged(preview.unchanged), children: null, disabled: true },
            {
              key: 'invalid',
              label: <span data-testid={testId('tab-invalid')}>{t.tabInvalid(preview.counts.invalid)}</span>,
              children: (
                <>
                  <Table<ProblemLine>
                    size="small"
                    rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
                    pagination={{ pageSize: 50, hideOnSinglePage: true }}
                    dataSource={[...preview.problems]}
                    data-testid={testId('problems')}
                    columns={[
                      { title: t.row, dataIndex: 'row', width: 80 },
                      { title: t.columnRef, key: 'column', width: 160, render: (_, p) => (p.column ? domain.aside(p.column, p.header) : '') },
                      { title: t.reason, dataIndex: 'message' },
                    ]}
                  />
                  <More shown={preview.problems.length} total={preview.problemCount} />
                </>
              ),
            },
            { key: 'skipped', label: t.tabSkipped(preview.counts.skipped), children: <RowList rows={preview.skipped} total={preview.counts.skipped} testId={testId('skipped')} /> },
          ]}
        />
      </Space>
    </Card>
  );
}
