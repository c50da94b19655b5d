import { Card, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { committeeAction, compareActions, type CommitteeAction } from '../../shared/committees/status';
import type { Estate } from '../../shared/estates';
import type { Navigate } from '../app/useHashRoute';
import { testIdProps } from '../components/testId';
import { useCommunities, useEstates } from '../estates/ui';
import { useMessages } from '../i18n/I18nProvider';
import { useCommitteeStatuses } from './useCommitteeStatuses';

interface ActionRow {
  readonly estate: Estate;
  readonly action: CommitteeAction;
}

/** The home page's list of committee work due this week: overdue filings and terms first. */
export function CommitteeActionsPanel({ navigate }: { readonly navigate: Navigate }) {
  const { committees } = useMessages();
  const t = committees.home;
  const estates = useEstates();
  const communities = useCommunities();
  const statuses = useCommitteeStatuses();

  const rows = useMemo<ActionRow[] | undefined>(() => {
    if (!estates || !statuses) return undefined;
    return estates
      .flatMap((estate) => {
        const action = committeeAction(statuses.of(estate.id), statuses.date);
        return action ? [{ estate, action }] : [];
      })
      .sort((a, b) => compareActions(a.action, b.action));
  }, [estates, statuses]);
  const communityName = useMemo(() => new Map((communities ?? []).map((c) => [c.id, c.name])), [communities]);

  const columns: ColumnsType<ActionRow> = [
    {
      title: t.estate,
      key: 'estate',
      render: (_, r) => (
        <Typography.Link data-testid={`committee-action-open-${r.estate.name}`} onClick={() => navigate({ page: 'estate', estateId: r.estate.id })}>
          {r.estate.name}
        </Typography.Link>
      ),
    },
    { title: t.community, key: 'community', render: (_, r) => communityName.get(r.estate.communityId) ?? '' },
    { title: t.what, key: 'what', render: (_, r) => <Tag color={r.action.daysLeft < 0 ? 'red' : 'orange'}>{t.action[r.action.kind]}</Tag> },
    { title: t.due, key: 'due', render: (_, r) => r.action.dueOn },
    { title: t.when, key: 'when', render: (_, r) => t.daysLeft(r.action.daysLeft) },
  ];

  return (
    <Card title={t.title} size="small" data-testid="committee-actions">
      {rows === undefined ? (
        <Spin />
      ) : (
        <Table<ActionRow>
          size="small"
          rowKey={(r) => r.estate.id}
          dataSource={rows}
          columns={columns}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          onRow={(r) => testIdProps(`committee-action-${r.estate.name}`)}
          locale={{ emptyText: t.empty }}
        />
      )}
    </Card>
  );
}
