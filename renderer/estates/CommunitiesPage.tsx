import { App as AntApp, Button, Popconfirm, Space, Table, Typography, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Community } from '../../shared/estates/community';
import { isDomainError, type ProblemOf } from '../../shared/common/problem';
import { testIdProps } from '../components/testId';
import { deleteCommunity } from './communityRepository';
import { useDb } from '../db/DbContext';
import { useCommunities, useEstateCounts } from './hooks';
import { useMessages } from '../i18n/I18nProvider';
import { CommunityFormModal } from './CommunityFormModal';
import { shortcutProps } from '../components/keyboard/shortcutProps';
import { useRefusal } from '../components/useRefusal';

export function CommunitiesPage() {
  const { ui, domain } = useMessages();
  const refusal = useRefusal();
  const t = ui.communities;
  const { message } = AntApp.useApp();
  const db = useDb();
  const communities = useCommunities();
  const counts = useEstateCounts();
  const [editing, setEditing] = useState<Community | null>(null);
  const [open, setOpen] = useState(false);

  const remove = async (community: Community) => {
    try {
      await deleteCommunity(db, community.id);
      void message.success(ui.common.deleted);
    } catch (error) {
      const refused = isDomainError(error) ? error.problems.find((p): p is ProblemOf<'communityHasEstates'> => p.code === 'communityHasEstates') : undefined;
      if (refused) {
        void message.error({ content: t.deleteRefused(community.name, refused.params.count), className: 'delete-refused' });
      } else {
        refusal.show(error);
      }
    }
  };

  const planned = (n: number | null) => (n === null ? '' : n);
  const columns: ColumnsType<Community> = [
    { title: t.name, dataIndex: 'name', key: 'name' },
    { title: t.kind, key: 'kind', render: (_, c) => domain.communityKind[c.kind] },
    { title: t.director, dataIndex: 'director', key: 'director' },
    { title: t.phone, dataIndex: 'phone', key: 'phone' },
    { title: t.estates, key: 'estates', align: 'right', render: (_, c) => counts?.get(c.id) ?? 0 },
    {
      title: t.planned,
      children: [
        { title: ui.classTable.total, key: 'pt', align: 'right', render: (_, c) => planned(c.planned.total) },
        { title: ui.classTable.class1, key: 'p1', align: 'right', render: (_, c) => planned(c.planned.class1) },
        { title: ui.classTable.class2, key: 'p2', align: 'right', render: (_, c) => planned(c.planned.class2) },
        { title: ui.classTable.class3, key: 'p3', align: 'right', render: (_, c) => planned(c.planned.class3) },
      ],
    },
    {
      title: ui.common.actions,
      key: 'actions',
      render: (_, c) => (
        <Space>
          <Button size="small" data-testid={`community-edit-${c.name}`} onClick={() => { setEditing(c); setOpen(true); }}>
            {ui.common.edit}
          </Button>
          <Popconfirm title={ui.common.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => remove(c)}>
            <Button size="small" danger data-testid={`community-delete-${c.name}`}>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="communities-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t.title}</Typography.Title>
        <Tooltip title={ui.shortcuts.add}>
          <Button type="primary" data-testid="community-add" {...shortcutProps('add')} onClick={() => { setEditing(null); setOpen(true); }}>{t.add}</Button>
        </Tooltip>
      </Space>
      <Table<Community>
        rowKey="id"
        size="small"
        bordered
        loading={communities === undefined}
        dataSource={communities ?? []}
        columns={columns}
        pagination={false}
        onRow={(c) => testIdProps(`community-row-${c.name}`)}
        locale={{ emptyText: t.empty }}
      />
      <CommunityFormModal open={open} editing={editing} onClose={() => setOpen(false)} />
    </div>
  );
}
