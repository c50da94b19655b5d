import { Button, Space, Spin, Switch, Tabs, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { PersonalView } from '../../shared/complaints';
import { shortcutProps } from '../components/keyboard/shortcutProps';
import type { LedgerQuery } from '../app/ledgerQuery';
import { useMessages } from '../i18n/I18nProvider';
import { useEstateDirectory } from '../inspections/ui';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintFormModal, type ComplaintFormMode } from './ComplaintFormModal';
import { ComplaintLedger } from './ComplaintLedger';
import { MonthlySummaryView } from './MonthlySummaryView';

/** 投诉信访: the ledger and the monthly summary; a complaint is recorded here and opened in its drawer. */
export function ComplaintsPage({ query }: { readonly query?: LedgerQuery }) {
  const { complaints: t, ui } = useMessages();
  const directory = useEstateDirectory();
  const [view, setView] = useState<PersonalView>('masked');
  const [form, setForm] = useState<ComplaintFormMode | null>(null);
  const [openId, setOpenId] = useState<string | null>(query?.complaint ?? null);
  if (!directory) return <Spin />;
  return (
    <div data-testid="complaints-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Typography.Title level={2}>{t.page.title}</Typography.Title>
        <Space>
          <Tooltip title={t.page.personalHint}>
            <span>
              <Switch checked={view === 'shown'} onChange={(on) => setView(on ? 'shown' : 'masked')} data-testid="complaints-show-personal" aria-label={t.page.showPersonal} />
              <span style={{ marginLeft: 8 }}>{t.page.showPersonal}</span>
            </span>
          </Tooltip>
          <Tooltip title={ui.shortcuts.add}>
            <Button type="primary" onClick={() => setForm({ kind: 'create' })} data-testid="complaint-add" {...shortcutProps('add')}>{t.page.add}</Button>
          </Tooltip>
        </Space>
      </Space>
      <Tabs
        items={[
          { key: 'ledger', label: <span data-testid="complaints-tab-ledger">{t.page.tabLedger}</span>, children: <ComplaintLedger directory={directory} view={view} onOpen={setOpenId} /> },
          { key: 'summary', label: <span data-testid="complaints-tab-summary">{t.page.tabSummary}</span>, children: <MonthlySummaryView directory={directory} /> },
        ]}
      />
      <ComplaintFormModal mode={form} onClose={() => setForm(null)} onSaved={(c) => setOpenId(c.id)} />
      <ComplaintDrawer complaintId={openId} view={view} onClose={() => setOpenId(null)} />
    </div>
  );
}
