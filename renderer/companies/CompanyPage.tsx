import { Button, Card, Descriptions, Popconfirm, Space, Spin, Table, Typography, Input } from 'antd';
import { useMemo, useState } from 'react';
import { creditYear, type CreditEntry, type CreditEvent } from '../../shared/companies';
import { shownStatus } from '../../shared/inspections';
import type { Navigate } from '../app/useHashRoute';
import { CommitteeStatusTag, useCommitteeStatuses } from '../committees/ui';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useCommunities } from '../estates/ui';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { CompanyFormModal } from './CompanyFormModal';
import { CreditEntryModal } from './CreditEntryModal';
import { deleteCreditEntry } from './creditEntryRepository';
import { evidenceOf } from './creditWords';
import { GradeTag, ListingTag } from './GradeTag';
import { useComplaintsAgainst, useCreditFile } from './hooks';
import { ListingModal } from './ListingModal';

/** One company: its estates, its assessments and notices, and its credit file explained line by line. */
export function CompanyPage({ companyId, navigate }: { companyId: string; navigate: Navigate }) {
  const messages = useMessages();
  const { companies: t, domain, inspections: ti } = messages;
  const db = useDb();
  const refusal = useRefusal();
  const { settings } = useSettings();
  const file = useCreditFile();
  const communities = useCommunities();
  const statuses = useCommitteeStatuses();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [dialog, setDialog] = useState<'edit' | 'listing' | 'entry' | null>(null);
  const [entry, setEntry] = useState<CreditEntry | null>(null);
  const [deleteReason, setDeleteReason] = useState('');
  const complaints = useComplaintsAgainst(companyId);

  const view = useMemo(() => {
    if (!file) return undefined;
    const company = file.ledger.companies.find((c) => c.id === companyId) ?? null;
    if (!company) return null;
    const estates = file.ledger.estates.filter((e) => e.companyId === companyId);
    const ids = new Set(estates.map((e) => e.id));
    const events = file.events.filter((e) => e.companyId === companyId);
    const noticeIds = new Set(events.filter((e) => e.source === 'notices').map((e) => e.recordId));
    return {
      company,
      estates,
      estateName: new Map(file.ledger.estates.map((e) => [e.id, e.name])),
      inspections: file.ledger.inspections.filter((i) => ids.has(i.estateId)).sort((a, b) => b.inspectedOn.localeCompare(a.inspectedOn)),
      notices: file.ledger.notices.filter((n) => ids.has(n.estateId) || noticeIds.has(n.id)).sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)),
      year: creditYear(file.events, companyId, year, settings.creditRules),
      entries: new Map(file.ledger.entries.map((e) => [e.id, e])),
    };
  }, [file, companyId, year, settings.creditRules]);

  if (view === undefined || !communities || !statuses) return <Spin />;
  if (view === null) {
    return (
      <Space direction="vertical">
        <Typography.Text type="danger" data-testid="company-not-found">{t.page.notFound}</Typography.Text>
        <Button onClick={() => navigate({ page: 'companies' })}>{t.page.back}</Button>
      </Space>
    );
  }
  const { company } = view;
  const communityName = new Map(communities.map((c) => [c.id, c.name]));
  const today = file!.today;

  const lineActions = (event: CreditEvent) => {
    const stored = event.source === 'hand' ? view.entries.get(event.recordId) : undefined;
    if (!stored) return null;
    return (
      <Space size="small">
        <Button size="small" onClick={() => { setEntry(stored); setDialog('entry'); }} data-testid={`credit-edit-${stored.evidence}`}>{t.page.editEntry}</Button>
        <Popconfirm
          title={t.entry.deleteTitle}
          description={<Input placeholder={t.entry.reason} value={deleteReason} onChange={(e) => setDeleteReason(e.target.value)} data-testid="credit-delete-reason" />}
          onConfirm={() => void refusal.run(() => deleteCreditEntry(db, stored.id, deleteReason)).then(() => setDeleteReason(''))}
        >
          <Button size="small" danger data-testid={`credit-delete-${stored.evidence}`}>{t.page.deleteEntry}</Button>
        </Popconfirm>
      </Space>
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="company-page">
      <Button type="link" style={{ padding: 0 }} onClick={() => navigate({ page: 'companies' })}>{t.page.back}</Button>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="company-title">{company.name}</Typography.Title>
        <GradeTag grade={view.year.grade} testId="company-grade" />
        <ListingTag listing={company.listing} testId="company-listing" />
      </Space>
      <Space wrap>
        <Button onClick={() => setDialog('edit')} data-testid="company-edit">{t.register.edit}</Button>
        <Button onClick={() => setDialog('listing')} data-testid="company-set-listing">{t.page.setListing}</Button>
        <Button type="primary" onClick={() => { setEntry(null); setDialog('entry'); }} data-testid="company-add-entry">{t.page.addEntry}</Button>
      </Space>
      <Card size="small" title={t.page.details}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t.register.aliases}>{company.aliases.join(domain.enumeration)}</Descriptions.Item>
          <Descriptions.Item label={t.register.creditCode}>{company.creditCode}</Descriptions.Item>
          <Descriptions.Item label={t.register.qualification}>{company.qualification}</Descriptions.Item>
          <Descriptions.Item label={t.register.legalRepresentative}>{company.legalRepresentative}</Descriptions.Item>
          <Descriptions.Item label={t.register.contact}>{company.contact}</Descriptions.Item>
          <Descriptions.Item label={t.register.phone}>{company.phone}</Descriptions.Item>
          <Descriptions.Item label={t.register.address}>{company.address}</Descriptions.Item>
          <Descriptions.Item label={t.register.notes}>{company.notes}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        size="small"
        title={t.page.credit(year)}
        data-testid="company-credit"
        extra={
          <Space>
            <Button size="small" onClick={() => setYear(year - 1)} data-testid="company-year-previous">‹</Button>
            <span data-testid="company-year">{year}</span>
            <Button size="small" onClick={() => setYear(year + 1)} data-testid="company-year-next">›</Button>
          </Space>
        }
      >
        <Table<CreditEvent>
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={[...view.year.lines]}
          locale={{ emptyText: t.page.noEvents }}
          onRow={(e) => testIdProps(`credit-line-${e.kind}`)}
          columns={[
            { title: t.entry.on, dataIndex: 'on', key: 'on', width: 110 },
            { title: t.entry.kind, key: 'kind', width: 140, render: (_, e) => t.eventKind[e.kind] },
            { title: t.entry.evidence, key: 'evidence', render: (_, e) => evidenceOf(e, messages) },
            { title: t.entry.points, dataIndex: 'points', key: 'points', align: 'right', width: 80 },
            { title: '', key: 'actions', width: 150, render: (_, e) => lineActions(e) },
          ]}
          summary={() => (
            <>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>{t.page.start}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">{view.year.start}</Table.Summary.Cell>
                <Table.Summary.Cell index={4} />
              </Table.Summary.Row>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>{t.page.total}</Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right"><strong data-testid="company-score">{view.year.score}</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={4}><GradeTag grade={view.year.grade} /></Table.Summary.Cell>
              </Table.Summary.Row>
            </>
          )}
        />
      </Card>
      <Card size="small" title={t.page.estates}>
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={view.estates}
          onRow={(e) => testIdProps(`company-estate-${e.name}`)}
          columns={[
            { title: t.page.estateName, key: 'name', render: (_, e) => <a onClick={() => navigate({ page: 'estate', estateId: e.id })}>{e.name}</a> },
            { title: t.page.community, key: 'community', render: (_, e) => communityName.get(e.communityId) ?? '' },
            { title: t.page.estateClass, key: 'class', render: (_, e) => domain.estateClass[e.estateClass] },
            { title: t.page.households, dataIndex: 'households', key: 'households', align: 'right' },
            { title: t.page.committee, key: 'committee', render: (_, e) => <CommitteeStatusTag code={statuses.of(e.id).code} /> },
          ]}
        />
      </Card>
      <Card size="small" title={t.page.inspections}>
        <Table
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowKey="id"
          dataSource={view.inspections}
          columns={[
            { title: t.page.inspectedOn, dataIndex: 'inspectedOn', key: 'on' },
            { title: t.page.estateName, key: 'estate', render: (_, i) => view.estateName.get(i.estateId) ?? '' },
            { title: t.page.inspectionKind, key: 'kind', render: (_, i) => ti.kind[i.kind] },
            { title: t.page.score, dataIndex: 'score', key: 'score', align: 'right' },
          ]}
        />
      </Card>
      <Card size="small" title={t.page.notices}>
        <Table
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowKey="id"
          dataSource={view.notices}
          onRow={(n) => testIdProps(`company-notice-${n.number}`)}
          columns={[
            { title: t.page.noticeNumber, dataIndex: 'number', key: 'number' },
            { title: t.page.estateName, key: 'estate', render: (_, n) => view.estateName.get(n.estateId) ?? '' },
            { title: t.page.deadline, dataIndex: 'deadline', key: 'deadline' },
            { title: t.page.noticeStatus, key: 'status', render: (_, n) => ti.status[shownStatus(n, today)] },
            {
              title: t.page.escalations, key: 'escalations',
              render: (_, n) => n.events.flatMap((e) => (e.type === 'escalated' ? [t.escalation[e.escalation]] : [])).join(domain.enumeration),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t.page.complaints}>
        <Typography.Paragraph type="secondary">{t.page.noComplaints}</Typography.Paragraph>
        <Table
          size="small"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowKey="id"
          dataSource={complaints ?? []}
          onRow={(c) => testIdProps(`company-complaint-${c.number}`)}
          columns={[
            { title: t.page.complaintNumber, dataIndex: 'number', key: 'number' },
            { title: t.page.complaintReceivedOn, dataIndex: 'receivedOn', key: 'on' },
            { title: t.page.estateName, key: 'estate', render: (_, c) => (c.estateId === null ? '' : (view.estateName.get(c.estateId) ?? '')) },
            { title: t.page.noticeStatus, key: 'status', render: (_, c) => messages.complaints.status[c.status] },
          ]}
        />
      </Card>
      <CompanyFormModal open={dialog === 'edit'} company={company} onClose={() => setDialog(null)} />
      <ListingModal open={dialog === 'listing'} company={company} onClose={() => setDialog(null)} />
      <CreditEntryModal open={dialog === 'entry'} companyId={company.id} entry={entry} onClose={() => { setDialog(null); setEntry(null); }} />
    </Space>
  );
}
