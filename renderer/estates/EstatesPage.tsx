import { Alert, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useDeferredValue, useMemo, useState } from 'react';
import { COMMITTEE_STATUSES } from '../../shared/committees';
import type { Estate } from '../../shared/estates/estate';
import type { Navigate } from '../app/useHashRoute';
import { testIdProps } from '../components/testId';
import { useWindowHeight } from '../components/useWindowHeight';
import { useDb } from '../db/DbContext';
import { deleteEstate } from './estateRepository';
import { useCommunities, useEstates } from './hooks';
import { useMessages } from '../i18n/I18nProvider';
import { CommitteeStatusTag, useCommitteeStatuses } from '../committees/ui';
import { EstateFilterBar } from './EstateFilterBar';
import { filterEstates, NO_FILTER, totalEstates, type EstateFilter } from './estateFilter';
import { EstateFormModal } from './EstateFormModal';
import { useRefusal } from '../components/useRefusal';

const collator = new Intl.Collator('zh-CN', { numeric: true });
const byText = (key: 'name' | 'company' | 'address') => (a: Estate, b: Estate) => collator.compare(a[key], b[key]);
// Blanks sort below every number, as Excel puts empty cells last.
const byNumber = (key: 'buildings' | 'households' | 'floorArea') => (a: Estate, b: Estate) =>
  (a[key] ?? Number.NEGATIVE_INFINITY) - (b[key] ?? Number.NEGATIVE_INFINITY);

export function EstatesPage({ navigate }: { navigate: Navigate }) {
  const { ui, domain, committees } = useMessages();
  const refusal = useRefusal();
  const t = ui.estates;
  const db = useDb();
  const estates = useEstates();
  const communities = useCommunities();
  const statuses = useCommitteeStatuses();
  const [filter, setFilter] = useState<EstateFilter>(NO_FILTER);
  // Typing in the search box stays responsive with 10,000 rows: filtering lags a frame behind.
  const deferredFilter = useDeferredValue(filter);
  const [editing, setEditing] = useState<Estate | null>(null);
  const [open, setOpen] = useState(false);
  const windowHeight = useWindowHeight();

  const communityName = useMemo(() => new Map((communities ?? []).map((c) => [c.id, c.name])), [communities]);
  const shown = useMemo(() => filterEstates(estates ?? [], deferredFilter), [estates, deferredFilter]);
  const totals = useMemo(() => totalEstates(shown), [shown]);

  // Refused while committee or inspection records hang off the estate: say why.
  const remove = (estate: Estate) => refusal.run(() => deleteEstate(db, estate.id), { done: ui.common.deleted, className: 'delete-refused' });

  const columns: ColumnsType<Estate> = [
    {
      title: t.name,
      key: 'name',
      width: 200,
      fixed: 'left',
      sorter: byText('name'),
      render: (_, e) => (
        <Typography.Link data-testid={`estate-open-${e.name}`} onClick={() => navigate({ page: 'estate', estateId: e.id })}>
          {e.name}
        </Typography.Link>
      ),
    },
    {
      title: t.community,
      key: 'community',
      width: 130,
      render: (_, e) => communityName.get(e.communityId) ?? '',
      sorter: (a, b) => collator.compare(communityName.get(a.communityId) ?? '', communityName.get(b.communityId) ?? ''),
    },
    {
      title: t.estateClass,
      key: 'estateClass',
      width: 90,
      render: (_, e) => domain.estateClass[e.estateClass],
      // Unclassified (0) last, after class III.
      sorter: (a, b) => (a.estateClass || 4) - (b.estateClass || 4),
    },
    { title: t.mode, key: 'mode', width: 170, render: (_, e) => domain.mode[e.mode], sorter: (a, b) => collator.compare(a.mode, b.mode) },
    { title: t.company, dataIndex: 'company', key: 'company', width: 180, sorter: byText('company') },
    { title: t.buildings, dataIndex: 'buildings', key: 'buildings', width: 90, align: 'right', sorter: byNumber('buildings') },
    { title: t.households, dataIndex: 'households', key: 'households', width: 90, align: 'right', sorter: byNumber('households') },
    { title: t.floorArea, dataIndex: 'floorArea', key: 'floorArea', width: 130, align: 'right', sorter: byNumber('floorArea') },
    { title: t.address, dataIndex: 'address', key: 'address', width: 200, sorter: byText('address') },
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
      width: 120,
      render: (_, e) => statuses && <CommitteeStatusTag code={statuses.of(e.id).code} testId={`estate-committee-${e.name}`} />,
      sorter: (a, b) => (statuses ? COMMITTEE_STATUSES.indexOf(statuses.of(a.id).code) - COMMITTEE_STATUSES.indexOf(statuses.of(b.id).code) : 0),
    },
    {
      title: t.updatedAt,
      key: 'updatedAt',
      width: 150,
      render: (_, e) => dayjs(e.updatedAt).format('YYYY-MM-DD HH:mm'),
      sorter: (a, b) => a.updatedAt - b.updatedAt,
    },
    {
      title: ui.common.actions,
      key: 'actions',
      width: 140,
      fixed: 'right',
      render: (_, e) => (
        <Space>
          <Button size="small" data-testid={`estate-edit-${e.name}`} onClick={() => { setEditing(e); setOpen(true); }}>{ui.common.edit}</Button>
          <Popconfirm title={ui.common.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => remove(e)}>
            <Button size="small" danger data-testid={`estate-delete-${e.name}`}>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  const noCommunities = communities !== undefined && communities.length === 0;

  return (
    <div data-testid="estates-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Button type="primary" disabled={noCommunities} data-testid="estate-add" onClick={() => { setEditing(null); setOpen(true); }}>
          {t.add}
        </Button>
      </Space>
      {noCommunities && <Alert type="info" showIcon title={t.needCommunity} style={{ marginBottom: 12 }} />}
      <EstateFilterBar filter={filter} communities={communities ?? []} onChange={setFilter} />
      <Table<Estate>
        virtual
        rowKey="id"
        size="small"
        bordered
        loading={estates === undefined}
        dataSource={shown}
        columns={columns}
        pagination={false}
        scroll={{ x: 1760, y: Math.max(240, windowHeight - 330) }}
        onRow={(e) => testIdProps(`estate-row-${e.name}`)}
        locale={{ emptyText: t.empty }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row data-testid="estate-totals">
              <Table.Summary.Cell index={0} colSpan={5}>
                <span data-testid="estate-shown">{t.shown(shown.length, estates?.length ?? 0)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right"><span data-testid="estate-total-buildings">{totals.buildings}</span></Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right"><span data-testid="estate-total-households">{totals.households}</span></Table.Summary.Cell>
              <Table.Summary.Cell index={7} colSpan={6} />
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
      <EstateFormModal
        open={open}
        editing={editing}
        communities={communities ?? []}
        defaultCommunityId={filter.communityIds.length === 1 ? filter.communityIds[0] : undefined}
        onClose={() => setOpen(false)}
      />
    </div>
  );
}
