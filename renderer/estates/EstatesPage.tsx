import { Alert, App as AntApp, Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { memo, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { COMMITTEE_STATUSES, coverageFacts } from '../../shared/committees';
import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { useWindowHeight } from '../components/useWindowHeight';
import { useDb } from '../db/DbContext';
import { deleteEstate } from './estateRepository';
import { useCommunities, useEstates } from './hooks';
import { useMessages } from '../i18n/I18nProvider';
import { CommitteeStatusTag, useCommitteeStatuses } from '../committees/ui';
import { routeToHash, type Navigate } from '../app/useHashRoute';
import type { LedgerQuery } from '../app/ledgerQuery';
import { useMatchedIds } from '../search/ui';
import { EmptyState } from '../components/EmptyState';
import { shortcutProps } from '../components/keyboard/shortcutProps';
import { ColumnChooser } from '../components/table/ColumnChooser';
import { RowAction } from '../components/table/RowAction';
import { tableRowProps } from '../components/table/tableRoles';
import { useAriaTable } from '../components/table/useAriaTable';
import { useColumnChoice, type LedgerColumn } from '../components/table/useColumnChoice';
import { loadExampleStreet } from './loadExampleStreet';
import { EstateFilterBar, type EstateFilterChange } from './EstateFilterBar';
import { estateFilterOfQuery, filterEstates, indexEstates, NO_FILTER, totalEstates, type EstateFilter } from './estateFilter';
import { EstateFormModal } from './EstateFormModal';
import { useRefusal } from '../components/useRefusal';

const collator = new Intl.Collator('zh-CN', { numeric: true });
const byText = (key: 'name' | 'company' | 'address') => (a: Estate, b: Estate) => collator.compare(a[key], b[key]);
// Blanks sort below every number, as Excel puts empty cells last.
const byNumber = (key: 'buildings' | 'households' | 'floorArea') => (a: Estate, b: Estate) =>
  (a[key] ?? Number.NEGATIVE_INFINITY) - (b[key] ?? Number.NEGATIVE_INFINITY);

/**
 * What fits beside the menu at 1366 px without scrolling sideways: the estate, where it is,
 * what kind it is, who manages it, its size and its committee. Area, address, pilot and the
 * update time are one click away in 显示列.
 */
/** Drawn again only when its own props change, never for a keystroke in the filter. */
const EstateForm = memo(EstateFormModal);

/** One empty list while the communities load, so the memoised parts below see no change. */
const NO_COMMUNITIES: readonly Community[] = [];

const DEFAULT_COLUMNS = ['community', 'estateClass', 'mode', 'company', 'buildings', 'households', 'committeeStatus'];

export function EstatesPage({ navigate, query }: { navigate: Navigate; query?: LedgerQuery }) {
  const { ui, domain, committees } = useMessages();
  const refusal = useRefusal();
  const { message, modal } = AntApp.useApp();
  const t = ui.estates;
  const db = useDb();
  const estates = useEstates();
  const communities = useCommunities();
  const statuses = useCommitteeStatuses();
  const [filter, setFilter] = useState<EstateFilter>(() => estateFilterOfQuery(query));
  const changeFilter = useCallback<EstateFilterChange>((patch) => setFilter((current) => ({ ...current, ...patch })), []);
  // The search box answers at once; the table follows behind, and React drops the renders of
  // changes already overtaken by the next one. The facets are deferred here; the text goes to
  // the search worker (characters, pinyin, initials), whose answer comes in a transition, and
  // until it answers a keystroke the table keeps showing the text it last answered.
  const { communityIds, classes, modes, pilot, coverage } = filter;
  const facets = useMemo(() => ({ communityIds, classes, modes, pilot, coverage }), [communityIds, classes, modes, pilot, coverage]);
  const deferredFacets = useDeferredValue(facets);
  const matched = useMatchedIds('estate', filter.text);
  const [editing, setEditing] = useState<Estate | null>(null);
  const [open, setOpen] = useState(false);
  const windowHeight = useWindowHeight();

  const communityName = useMemo(() => new Map((communities ?? []).map((c) => [c.id, c.name])), [communities]);
  // Folded once per change of the estates, never per keystroke.
  const index = useMemo(() => indexEstates(estates ?? []), [estates]);
  // Without a search worker (none started yet) the text is matched by characters, as typed.
  const text = matched?.text ?? filter.text;
  // Today's coverage facts, from the same statuses the committee column shows and the dashboard counts.
  const coverageOf = useMemo(() => (statuses ? (estateId: string) => coverageFacts(statuses.of(estateId)) : null), [statuses]);
  const shown = useMemo(() => filterEstates(index, { ...deferredFacets, text }, matched?.value ?? null, coverageOf), [index, deferredFacets, text, matched, coverageOf]);
  const totals = useMemo(() => totalEstates(shown), [shown]);

  const columns = useMemo<LedgerColumn<Estate>[]>(() => {
    // Refused while committee or inspection records hang off the estate: say why.
    const remove = (estate: Estate) => refusal.run(() => deleteEstate(db, estate.id), { done: ui.common.deleted, className: 'delete-refused' });
    return [
      {
        title: t.name,
        key: 'name',
        width: 180,
        fixed: 'left',
        always: true,
        ellipsis: true,
        sorter: byText('name'),
        // A real link: it takes focus, opens with Enter, and says where it goes.
        render: (_, e) => (
          <a href={routeToHash({ page: 'estate', estateId: e.id })} data-testid={`estate-open-${e.name}`}>
            {e.name}
          </a>
        ),
      },
      {
        title: t.community,
        key: 'community',
        width: 110,
        ellipsis: true,
        render: (_, e) => communityName.get(e.communityId) ?? '',
        sorter: (a, b) => collator.compare(communityName.get(a.communityId) ?? '', communityName.get(b.communityId) ?? ''),
      },
      {
        title: t.estateClass,
        key: 'estateClass',
        width: 100,
        render: (_, e) => domain.estateClass[e.estateClass],
        // Unclassified (0) last, after class III.
        sorter: (a, b) => (a.estateClass || 4) - (b.estateClass || 4),
      },
      { title: t.mode, key: 'mode', width: 140, ellipsis: true, render: (_, e) => domain.mode[e.mode], sorter: (a, b) => collator.compare(a.mode, b.mode) },
      { title: t.company, dataIndex: 'company', key: 'company', width: 150, ellipsis: true, sorter: byText('company') },
      { title: t.buildings, dataIndex: 'buildings', key: 'buildings', width: 90, align: 'right', sorter: byNumber('buildings') },
      { title: t.households, dataIndex: 'households', key: 'households', width: 90, align: 'right', sorter: byNumber('households') },
      { title: t.floorArea, dataIndex: 'floorArea', key: 'floorArea', width: 120, align: 'right', sorter: byNumber('floorArea') },
      { title: t.address, dataIndex: 'address', key: 'address', width: 180, ellipsis: true, sorter: byText('address') },
      {
        title: t.pilot,
        key: 'pilot',
        width: 70,
        render: (_, e) => (e.pilot ? <Tag color="red">{ui.common.yes}</Tag> : ''),
        sorter: (a, b) => Number(a.pilot) - Number(b.pilot),
      },
      {
        title: committees.estates.status,
        key: 'committeeStatus',
        width: 110,
        render: (_, e) => statuses && <CommitteeStatusTag code={statuses.of(e.id).code} testId={`estate-committee-${e.name}`} />,
        sorter: (a, b) => (statuses ? COMMITTEE_STATUSES.indexOf(statuses.of(a.id).code) - COMMITTEE_STATUSES.indexOf(statuses.of(b.id).code) : 0),
      },
      {
        title: t.updatedAt,
        key: 'updatedAt',
        width: 140,
        render: (_, e) => dayjs(e.updatedAt).format('YYYY-MM-DD HH:mm'),
        sorter: (a, b) => a.updatedAt - b.updatedAt,
      },
      {
        title: ui.common.actions,
        key: 'actions',
        width: 130,
        fixed: 'right',
        always: true,
        // Two light buttons per row; the delete asks in one dialog of the page's own (a Popconfirm
        // and two antd Buttons in every row made each redraw of the table build them all again).
        render: (_, e) => (
          <span className="row-actions">
            <RowAction testId={`estate-edit-${e.name}`} onClick={() => { setEditing(e); setOpen(true); }}>{ui.common.edit}</RowAction>
            <RowAction
              danger
              testId={`estate-delete-${e.name}`}
              onClick={() => void modal.confirm({ title: ui.common.confirmDelete, okText: ui.common.delete, okButtonProps: { danger: true }, cancelText: ui.common.cancel, onOk: () => remove(e) })}
            >
              {ui.common.delete}
            </RowAction>
          </span>
        ),
      },
    ];
  }, [t, ui, domain, committees, communityName, statuses, db, refusal, modal]);
  const choice = useColumnChoice('estates', columns, DEFAULT_COLUMNS);
  const tableRef = useAriaTable(t.title, shown.length);
  // The same object while nothing changes: a new one makes the virtual table measure again.
  const scroll = useMemo(() => ({ x: choice.width, y: Math.max(240, windowHeight - 330) }), [choice.width, windowHeight]);

  const noCommunities = communities !== undefined && communities.length === 0;
  const noEstates = estates !== undefined && estates.length === 0;
  const loadExample = useCallback(async () => {
    const result = await loadExampleStreet(db);
    if (result.status === 'loaded') void message.success(ui.home.exampleLoaded);
  }, [db, message, ui]);
  const closeForm = useCallback(() => setOpen(false), []);
  const addEstate = useCallback(() => {
    setEditing(null);
    setOpen(true);
  }, []);

  // The table is drawn again only when what it shows changes, never for a keystroke alone.
  const emptyText = useMemo(() => noEstates ? (
    <EmptyState
      testId="estate-empty"
      title={noCommunities ? t.noCommunitiesYet : t.noneYet}
      hint={noCommunities ? t.noCommunitiesHint : t.noneYetHint}
      actions={
        <>
          {noCommunities ? (
            <Button type="primary" data-testid="estate-empty-add-community" onClick={() => navigate({ page: 'communities' })}>{t.addCommunity}</Button>
          ) : (
            <Button type="primary" data-testid="estate-empty-add" onClick={addEstate}>{t.add}</Button>
          )}
          <Button data-testid="estate-empty-import" onClick={() => navigate({ page: 'exchange' })}>{t.importTable}</Button>
          {noCommunities && <Button data-testid="estate-empty-example" onClick={loadExample}>{t.loadExample}</Button>}
        </>
      }
    />
  ) : (
    <EmptyState
      testId="estate-empty-filtered"
      title={t.empty}
      // Estates there and none shown: a filter hides them all. (Not read from the filter, so the
      // table is not drawn again, in the keystroke's own task, when the first letter is typed.)
      actions={<Button data-testid="estate-clear-filter" onClick={() => setFilter(NO_FILTER)}>{ui.table.clearFilter}</Button>}
    />
  ), [noEstates, noCommunities, t, ui, navigate, addEstate, loadExample]);

  const loading = estates === undefined;
  const total = estates?.length ?? 0;
  const table = useMemo(() => (
      <Table<Estate>
        virtual
        rowKey="id"
        size="small"
        bordered
        loading={loading}
        dataSource={shown}
        columns={choice.shown}
        pagination={false}
        scroll={scroll}
        onRow={(e, rowIndex) => tableRowProps(`estate-row-${e.name}`, rowIndex)}
        locale={{ emptyText }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="estate-totals">
              <Table.Summary.Cell index={0} colSpan={choice.shown.length}>
                <Space size="large">
                  <span data-testid="estate-shown">{t.shown(shown.length, total)}</span>
                  <span>{t.buildings} <span data-testid="estate-total-buildings">{totals.buildings}</span></span>
                  <span>{t.households} <span data-testid="estate-total-households">{totals.households}</span></span>
                </Space>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
  ), [loading, shown, choice.shown, scroll, emptyText, t, total, totals]);

  return (
    <div data-testid="estates-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Space>
          <ColumnChooser choice={choice} testId="estate-columns" />
          <Tooltip title={ui.shortcuts.add}>
            <Button type="primary" disabled={noCommunities} data-testid="estate-add" {...shortcutProps('add')} onClick={addEstate}>
              {t.add}
            </Button>
          </Tooltip>
        </Space>
      </Space>
      {noCommunities && <Alert type="info" showIcon title={t.needCommunity} style={{ marginBottom: 12 }} />}
      <EstateFilterBar filter={filter} communities={communities ?? NO_COMMUNITIES} onChange={changeFilter} />
      <div ref={tableRef}>
        {table}
      </div>
      <EstateForm
        open={open}
        editing={editing}
        communities={communities ?? NO_COMMUNITIES}
        defaultCommunityId={filter.communityIds.length === 1 ? filter.communityIds[0] : undefined}
        onClose={closeForm}
      />
    </div>
  );
}
