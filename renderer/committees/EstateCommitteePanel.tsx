import { Button, Empty, List, Popconfirm, Space, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { committeeStatus } from '../../shared/committees/status';
import type { AssemblyMeeting, PreparatoryGroup } from '../../shared/committees/types';
import { testIdProps } from '../components/testId';
import { useCommitteeRecordsOf } from './committeeHooks';
import { deleteAssemblyMeeting, deletePreparatoryGroup } from './committeePreparationRepository';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import type { EstatePanelProps } from '../estates/ui';
import { AssemblyMeetingFormModal } from './AssemblyMeetingFormModal';
import { CommitteeStatusTag } from './CommitteeStatusTag';
import { CommitteeTermCard } from './CommitteeTermCard';
import { CommitteeTermFormModal } from './CommitteeTermFormModal';
import { todayIso } from './formDates';
import { PreparatoryGroupFormModal } from './PreparatoryGroupFormModal';
import { useRefusal } from '../components/useRefusal';

type Editing<T> = { readonly open: boolean; readonly record: T | null };
const closed = { open: false, record: null } as const;

/**
 * The estate page's section on owners' self-government, in the order it happens: the
 * preparatory group, the assembly meetings, the committee terms (newest first), with the
 * estate's status today on top.
 */
export function EstateCommitteePanel({ estate }: EstatePanelProps) {
  const { ui, domain, committees } = useMessages();
  const t = committees.panel;
  const { settings } = useSettings();
  const db = useDb();
  const refusal = useRefusal();
  const run = (write: () => Promise<unknown>) => refusal.run(write, { done: ui.common.deleted });
  const records = useCommitteeRecordsOf(estate.id);
  const [group, setGroup] = useState<Editing<PreparatoryGroup>>(closed);
  const [meeting, setMeeting] = useState<Editing<AssemblyMeeting>>(closed);
  const [addingTerm, setAddingTerm] = useState(false);

  if (records === undefined) return <Spin />;
  const today = todayIso();
  const status = committeeStatus(records, today, { termExpiryWarningMonths: settings.termExpiryWarningMonths });
  const terms = [...records.terms].reverse();
  const nextTermNumber = records.terms.reduce((n, term) => Math.max(n, term.termNumber), 0) + 1;
  const hasFirstAssembly = records.meetings.some((m) => m.kind === 'first');

  const meetingColumns: ColumnsType<AssemblyMeeting> = [
    { title: domain.fields.heldOn, key: 'heldOn', width: 110, render: (_, m) => m.heldOn },
    { title: domain.fields.kind, key: 'kind', width: 120, render: (_, m) => committees.meetingKind[m.kind] },
    { title: domain.fields.convenedBy, key: 'convenedBy', width: 120, render: (_, m) => m.convenedBy },
    {
      title: domain.fields.attendingOwners,
      key: 'attendance',
      render: (_, m) => t.attendance(t.count(m.attendingOwners), t.percent(m.ownerSharePercent), t.percent(m.areaSharePercent)),
    },
    { title: domain.fields.resolutions, key: 'resolutions', render: (_, m) => <span style={{ whiteSpace: 'pre-line' }}>{m.resolutions}</span> },
    {
      title: ui.common.actions,
      key: 'actions',
      width: 140,
      render: (_, m) => (
        <Space>
          <Button size="small" data-testid={`meeting-edit-${m.heldOn}`} onClick={() => setMeeting({ open: true, record: m })}>{ui.common.edit}</Button>
          <Popconfirm title={ui.common.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => run(() => deleteAssemblyMeeting(db, m.id))}>
            <Button size="small" danger data-testid={`meeting-delete-${m.heldOn}`}>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  const due =
    status.code === 'electedUnfiled' || status.code === 'filingOverdue'
      ? t.filingDeadline(status.filingDeadline ?? '')
      : status.term !== null
        ? t.termEnds(status.term.endOn)
        : '';

  return (
    <div data-testid="committee-panel">
      <Space align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t.title}</Typography.Title>
        <CommitteeStatusTag code={status.code} testId="committee-status" />
        {due !== '' && <Typography.Text type="secondary" data-testid="committee-due">{due}</Typography.Text>}
        {status.filedLate && <Typography.Text type="warning">{t.filedLate}</Typography.Text>}
      </Space>

      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t.groups}</Typography.Title>
        <Button size="small" data-testid="group-add" onClick={() => setGroup({ open: true, record: null })}>{t.addGroup}</Button>
      </Space>
      <List
        size="small"
        dataSource={records.groups}
        locale={{ emptyText: t.noGroups }}
        renderItem={(g, i) => (
          <List.Item
            {...testIdProps(`group-item-${i}`)}
            actions={[
              <Button key="edit" size="small" onClick={() => setGroup({ open: true, record: g })} data-testid={`group-edit-${i}`}>{ui.common.edit}</Button>,
              <Popconfirm key="delete" title={ui.common.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => run(() => deletePreparatoryGroup(db, g.id))}>
                <Button size="small" danger data-testid={`group-delete-${i}`}>{ui.common.delete}</Button>
              </Popconfirm>,
            ]}
          >
            <Space wrap>
              <span>{`${domain.fields.formedOn}${domain.separator}${g.formedOn}`}</span>
              {g.communityRepresentative !== '' && <span>{`${domain.fields.communityRepresentative}${domain.separator}${g.communityRepresentative}`}</span>}
              {g.members.length > 0 && <span>{`${domain.fields.members}${domain.separator}${domain.list(g.members)}`}</span>}
              {g.notes !== '' && <Typography.Text type="secondary">{g.notes}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />

      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 16 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t.meetings}</Typography.Title>
        <Button size="small" data-testid="meeting-add" onClick={() => setMeeting({ open: true, record: null })}>{t.addMeeting}</Button>
      </Space>
      <Table<AssemblyMeeting>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...records.meetings]}
        columns={meetingColumns}
        onRow={(m) => testIdProps(`meeting-row-${m.heldOn}`)}
        locale={{ emptyText: t.noMeetings }}
        style={{ marginTop: 8 }}
      />

      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 16, marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t.terms}</Typography.Title>
        <Button size="small" type="primary" data-testid="term-add" onClick={() => setAddingTerm(true)}>{t.addTerm}</Button>
      </Space>
      {terms.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noTerms} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {terms.map((term) => <CommitteeTermCard key={term.id} term={term} current={status.term?.id === term.id} />)}
        </Space>
      )}

      <PreparatoryGroupFormModal open={group.open} estateId={estate.id} editing={group.record} onClose={() => setGroup(closed)} />
      <AssemblyMeetingFormModal
        open={meeting.open}
        estateId={estate.id}
        editing={meeting.record}
        defaultKind={hasFirstAssembly ? 'regular' : 'first'}
        onClose={() => setMeeting(closed)}
      />
      <CommitteeTermFormModal open={addingTerm} estateId={estate.id} editing={null} nextTermNumber={nextTermNumber} onClose={() => setAddingTerm(false)} />
    </div>
  );
}
