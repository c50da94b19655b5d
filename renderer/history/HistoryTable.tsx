import { Table } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type HTMLAttributes } from 'react';
import { describeEntry, type NameOf } from '../../shared/history/describeEntry';
import type { HistoryEntry } from '../../shared/history/fieldHistory';
import { useCommunities } from '../estates/ui';
import { useMessages } from '../i18n/I18nProvider';

/** Names of the communities an estate moved between, for its communityId entries. */
function useNameOf(): NameOf {
  const communities = useCommunities();
  return useMemo(() => {
    const names = new Map((communities ?? []).map((c) => [c.id, c.name]));
    return (field, id) => (field === 'communityId' ? names.get(id) : undefined);
  }, [communities]);
}

/** Entries newest first, in the clerk's words; `withRecord` adds which record each is about. */
export function HistoryTable({ entries, withRecord, testId }: { entries: readonly HistoryEntry[] | undefined; withRecord: boolean; testId: string }) {
  const messages = useMessages();
  const t = messages.history.panel;
  const nameOf = useNameOf();
  const rows = useMemo(
    () => (entries ?? []).map((entry) => ({ key: entry.id, at: entry.at, operator: entry.operator, ...describeEntry(messages, entry, nameOf) })),
    [entries, messages, nameOf],
  );
  return (
    <Table
      size="small"
      loading={entries === undefined}
      dataSource={rows}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      locale={{ emptyText: t.empty }}
      data-testid={testId}
      onRow={() => ({ 'data-testid': `${testId}-row` }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t.at, key: 'at', width: 140, render: (_, r) => dayjs(r.at).format('YYYY-MM-DD HH:mm') },
        ...(withRecord ? [{ title: t.record, key: 'record', width: 110, render: (_: unknown, r: (typeof rows)[number]) => r.kind }] : []),
        { title: t.field, key: 'field', width: 130, render: (_, r) => (r.field === '' ? r.change : r.field) },
        { title: t.before, dataIndex: 'before', ellipsis: true },
        { title: t.after, dataIndex: 'after', ellipsis: true },
        { title: t.operator, dataIndex: 'operator', width: 90 },
        { title: t.reason, dataIndex: 'reason', ellipsis: true },
      ]}
    />
  );
}
