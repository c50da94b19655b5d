import { Button, Card, Descriptions, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { byRole, memberChanges } from '../../shared/committees/roster';
import { filingDeadline } from '../../shared/committees/status';
import type { CommitteeMember, CommitteeTerm } from '../../shared/committees/types';
import { testIdProps } from '../components/testId';
import { deleteCommitteeMember, deleteCommitteeTerm } from './committeeTermRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { CommitteeMemberFormModal, type MemberFormMode } from './CommitteeMemberFormModal';
import { CommitteeTermFormModal } from './CommitteeTermFormModal';
import { FilingFormModal } from './FilingFormModal';
import { useRefusal } from '../components/useRefusal';

/** One term of an estate's owners' committee: its dates, its filing, its roster and changes. */
export function CommitteeTermCard({ term, current }: { term: CommitteeTerm; current: boolean }) {
  const { ui, domain, committees } = useMessages();
  const t = committees.term;
  const db = useDb();
  const refusal = useRefusal();
  const run = (write: () => Promise<unknown>) => refusal.run(write, { done: ui.common.deleted });
  const [editing, setEditing] = useState(false);
  const [filing, setFiling] = useState(false);
  const [memberMode, setMemberMode] = useState<MemberFormMode | null>(null);
  const n = term.termNumber;
  const members = [...term.members].sort(byRole);
  const changes = memberChanges(term.members);

  const seat = (m: CommitteeMember) => {
    if (m.leftOn !== null && m.leftReason !== null) return <Tag>{t.left(m.leftOn, committees.leaveReason[m.leftReason] ?? '')}</Tag>;
    if (m.joinedOn !== null) return <Tag color="blue">{`${m.joinedOn} ${t.byElection}`}</Tag>;
    return <Tag color="green">{t.serving}</Tag>;
  };
  const columns: ColumnsType<CommitteeMember> = [
    { title: t.memberName, key: 'name', render: (_, m) => m.name },
    { title: domain.fields.role, key: 'role', render: (_, m) => committees.role[m.role] },
    { title: domain.fields.phone, key: 'phone', render: (_, m) => m.phone },
    { title: t.room, key: 'room', render: (_, m) => [m.building, m.room].filter(Boolean).join(' ') },
    { title: t.seat, key: 'seat', render: (_, m) => seat(m) },
    {
      title: ui.common.actions,
      key: 'actions',
      render: (_, m) => (
        <Space>
          <Button size="small" data-testid={`member-edit-${m.name}`} onClick={() => setMemberMode({ kind: 'edit', member: m })}>{ui.common.edit}</Button>
          {m.leftOn === null && (
            <Button size="small" data-testid={`member-leave-${m.name}`} onClick={() => setMemberMode({ kind: 'leave', member: m })}>{t.leave}</Button>
          )}
          <Popconfirm title={ui.common.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => run(() => deleteCommitteeMember(db, term.id, m.id))}>
            <Button size="small" danger data-testid={`member-delete-${m.name}`}>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      data-testid={`term-card-${n}`}
      title={
        <Space>
          <span>{t.title(n)}</span>
          <Tag color={current ? 'red' : 'default'}>{current ? t.current : t.past}</Tag>
        </Space>
      }
      extra={
        <Space>
          {term.filedOn === null && (
            <Button size="small" type="primary" data-testid={`term-file-${n}`} onClick={() => setFiling(true)}>{t.file}</Button>
          )}
          <Button size="small" data-testid={`term-edit-${n}`} onClick={() => setEditing(true)}>{ui.common.edit}</Button>
          <Popconfirm title={t.deleteTermConfirm} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => run(() => deleteCommitteeTerm(db, term.id))}>
            <Button size="small" danger data-testid={`term-delete-${n}`}>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Descriptions size="small" column={3} data-testid={`term-facts-${n}`}>
        <Descriptions.Item label={t.electedOn}>{term.electedOn}</Descriptions.Item>
        <Descriptions.Item label={t.period}>{`${term.startOn} ~ ${term.endOn}`}</Descriptions.Item>
        <Descriptions.Item label={t.filed}>
          <span data-testid={`term-filing-${n}`}>
            {term.filedOn === null ? `${t.notFiled}（${committees.panel.filingDeadline(filingDeadline(term.electedOn))}）` : t.filedOn(term.filedOn, term.filingNumber)}
          </span>
        </Descriptions.Item>
        {term.notes !== '' && <Descriptions.Item label={ui.estates.notes} span={3}>{term.notes}</Descriptions.Item>}
      </Descriptions>
      <Table<CommitteeMember>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={members}
        columns={columns}
        onRow={(m) => testIdProps(`member-row-${m.name}`)}
        locale={{ emptyText: t.noMembers }}
        data-testid={`term-members-${n}`}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" data-testid={`member-add-${n}`} onClick={() => setMemberMode({ kind: 'add' })}>{t.addMember}</Button>
        <Button size="small" data-testid={`member-byElection-${n}`} onClick={() => setMemberMode({ kind: 'byElection' })}>{t.byElectionTitle}</Button>
      </Space>
      {changes.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t.changes}</Typography.Text>}
          dataSource={changes}
          data-testid={`term-changes-${n}`}
          renderItem={(c) => <List.Item>{t.change(c.date, committees.changeKind[c.kind] ?? '', c.member.name, committees.role[c.member.role] ?? '')}</List.Item>}
        />
      )}
      <CommitteeTermFormModal open={editing} estateId={term.estateId} editing={term} nextTermNumber={n} onClose={() => setEditing(false)} />
      <FilingFormModal open={filing} term={term} onClose={() => setFiling(false)} />
      {memberMode && <CommitteeMemberFormModal open term={term} mode={memberMode} onClose={() => setMemberMode(null)} />}
    </Card>
  );
}
