import { Alert, Button, InputNumber, List, Segmented, Space, Spin, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { CREDIT_GRADES, creditYear, type Company, type CreditGrade } from '../../shared/companies';
import type { Navigate } from '../app/useHashRoute';
import { EmptyState } from '../components/EmptyState';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { CompanyFormModal } from './CompanyFormModal';
import { keepCompaniesApart, mergeCompanies } from './companyRepository';
import { GradeTag, ListingTag } from './GradeTag';
import { useCreditFile, useDuplicateProposals } from './hooks';
import { useCompanyExports } from './useCompanyExports';

type GradeFilter = CreditGrade | 'all';

/** The company register: likely duplicates to decide, companies by grade, the two exports. */
export function CompaniesPage({ navigate }: { navigate: Navigate }) {
  const { companies: t, domain } = useMessages();
  const db = useDb();
  const refusal = useRefusal();
  const { settings } = useSettings();
  const file = useCreditFile();
  const duplicates = useDuplicateProposals();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [grade, setGrade] = useState<GradeFilter>('all');
  const [editing, setEditing] = useState<Company | null | undefined>(undefined);
  const exports = useCompanyExports(file, year);

  const rows = useMemo(() => {
    if (!file) return undefined;
    return file.ledger.companies.map((company) => ({
      company,
      estates: file.ledger.estates.filter((e) => e.companyId === company.id).length,
      year: creditYear(file.events, company.id, year, settings.creditRules),
    }));
  }, [file, year, settings.creditRules]);

  if (!rows || !duplicates) return <Spin />;
  const shown = grade === 'all' ? rows : rows.filter((r) => r.year.grade === grade);

  const merge = (keep: Company, gone: Company) =>
    void refusal.run(() => mergeCompanies(db, keep.id, gone.id, t.duplicates.mergeReason(gone.name)), { done: t.duplicates.merged(keep.name) });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="companies-page">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t.register.title}</Typography.Title>
        <Space wrap>
          <Button type="primary" onClick={() => setEditing(null)} data-testid="company-add">{t.register.add}</Button>
          <Button onClick={exports.register} data-testid="companies-export-register">{t.register.exportRegister}</Button>
          <Button onClick={exports.summary} data-testid="companies-export-summary">{t.register.exportSummary}</Button>
        </Space>
      </Space>
      {duplicates.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="company-duplicates"
          title={t.duplicates.title}
          description={
            <>
              <Typography.Paragraph type="secondary">{t.duplicates.hint}</Typography.Paragraph>
              <List
                size="small"
                dataSource={duplicates}
                renderItem={({ first, second }) => (
                  <List.Item
                    data-testid={`duplicate-${first.name}`}
                    actions={[
                      <Button key="merge" size="small" type="primary" onClick={() => merge(first, second)} data-testid={`duplicate-merge-${second.name}`}>{t.duplicates.merge}</Button>,
                      <Button key="apart" size="small" onClick={() => void refusal.run(() => keepCompaniesApart(db, first.id, second.id))} data-testid={`duplicate-apart-${second.name}`}>{t.duplicates.keepApart}</Button>,
                    ]}
                  >
                    {t.duplicates.pair(first.name, second.name)}
                  </List.Item>
                )}
              />
            </>
          }
        />
      )}
      <Space wrap>
        <span>{t.register.year}</span>
        <InputNumber aria-label={t.register.year} value={year} min={2000} max={2100} onChange={(v) => v !== null && setYear(v)} data-testid="companies-year" />
        <span>{t.register.byGrade}</span>
        <Segmented<GradeFilter>
          value={grade}
          onChange={setGrade}
          data-testid="companies-grade"
          options={[{ value: 'all', label: t.register.allGrades }, ...CREDIT_GRADES.map((g) => ({ value: g, label: t.grade[g] }))]}
        />
      </Space>
      {rows.length === 0 ? (
        <EmptyState title={t.register.empty} testId="companies-empty" actions={<Button onClick={() => setEditing(null)}>{t.register.add}</Button>} />
      ) : (
        <Table
          rowKey={(r) => r.company.id}
          dataSource={shown}
          pagination={false}
          size="small"
          data-testid="companies-table"
          onRow={(r) => testIdProps(`company-row-${r.company.name}`)}
          columns={[
            { title: t.register.name, key: 'name', render: (_, r) => <a onClick={() => navigate({ page: 'company', companyId: r.company.id })}>{r.company.name}</a> },
            { title: t.register.aliases, key: 'aliases', render: (_, r) => r.company.aliases.join(domain.enumeration) },
            { title: t.register.creditCode, key: 'code', render: (_, r) => r.company.creditCode },
            { title: t.register.estates, key: 'estates', align: 'right', render: (_, r) => r.estates },
            { title: t.register.score(year), key: 'score', align: 'right', render: (_, r) => <span data-testid={`company-score-${r.company.name}`}>{r.year.score}</span> },
            { title: t.register.grade, key: 'grade', render: (_, r) => <GradeTag grade={r.year.grade} testId={`company-grade-${r.company.name}`} /> },
            { title: t.register.listing, key: 'listing', render: (_, r) => <ListingTag listing={r.company.listing} /> },
            { title: '', key: 'actions', render: (_, r) => <Button size="small" onClick={() => setEditing(r.company)}>{t.register.edit}</Button> },
          ]}
        />
      )}
      <CompanyFormModal open={editing !== undefined} company={editing ?? null} onClose={() => setEditing(undefined)} />
    </Space>
  );
}
