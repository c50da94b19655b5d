import { App as AntApp, Layout, Menu, Typography } from 'antd';
import { isFirstRunComplete } from '../../shared/settings/settings';
import { BackupsPage, useAutomaticBackups, useLedgerStateRecorder } from '../backup/ui';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { useMessages } from '../i18n/I18nProvider';
import { ClassTablePage, CommunitiesPage, EstatePage, EstatesPage } from '../estates/ui';
import { CoveragePage } from '../committees/ui';
import { CompaniesPage, CompanyPage } from '../companies/ui';
import { FirstRunPage } from '../home/FirstRunPage';
import { HomePage } from '../home/HomePage';
import { InspectionsPage } from '../inspections/ui';
import { CampaignPage, CampaignsPage } from '../campaigns/ui';
import { ComplaintsPage } from '../complaints/ui';
import { SettingsPage } from '../settings/SettingsPage';
import { useShortcuts } from '../components/keyboard/useShortcuts';
import { useSettings } from '../settings/SettingsProvider';
import { ExchangePage } from '../exchange/ExchangePage';
import { ImportProgress, ImportRunnerProvider } from '../exchange/ImportRunner';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { SearchBox, SearchIndexProvider } from '../search/ui';
import { DashboardPage } from '../dashboard/ui';
import { NAV_PAGES, routeToHash, useHashRoute, type Navigate, type Route } from './useHashRoute';

function Page({ route, navigate }: { route: Route; navigate: Navigate }) {
  switch (route.page) {
    case 'home':
      return <HomePage navigate={navigate} />;
    case 'dashboard':
      return <DashboardPage navigate={navigate} />;
    case 'communities':
      return <CommunitiesPage />;
    case 'estates':
      // Keyed by the query: a chart's bar or a search hit opens the table on its own filter.
      return <EstatesPage key={routeToHash(route)} navigate={navigate} query={route.query} />;
    case 'estate':
      return <EstatePage key={route.estateId} estateId={route.estateId} panel={route.panel} navigate={navigate} />;
    case 'classTable':
      return <ClassTablePage />;
    case 'companies':
      return <CompaniesPage navigate={navigate} />;
    case 'company':
      return <CompanyPage companyId={route.companyId} navigate={navigate} />;
    case 'exchange':
      return <ExchangePage />;
    case 'committees':
      return <CoveragePage />;
    case 'inspections':
      return <InspectionsPage key={routeToHash(route)} query={route.query} />;
    case 'campaigns':
      return <CampaignsPage navigate={navigate} />;
    case 'campaign':
      return <CampaignPage campaignId={route.campaignId} navigate={navigate} />;
    case 'complaints':
      return <ComplaintsPage key={routeToHash(route)} query={route.query} />;
    case 'backups':
      return <BackupsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** Backups on their schedule; inside antd's App so failures can be shown. */
function AutomaticBackups() {
  useAutomaticBackups();
  return null;
}

/** The last known state of the ledger, kept current outside IndexedDB. */
function LedgerStateRecorder() {
  useLedgerStateRecorder();
  return null;
}

export function App() {
  const { ui } = useMessages();
  const { settings } = useSettings();
  const [route, navigate] = useHashRoute();
  useShortcuts();
  return (
    <AntApp>
      <ImportRunnerProvider>
        <LedgerStateRecorder />
        {!isFirstRunComplete(settings) ? (
          <FirstRunPage />
        ) : (
          <SearchIndexProvider>
            <Layout style={{ minHeight: '100vh' }}>
              <AutomaticBackups />
              <Layout.Sider theme="light" width={180} breakpoint="lg">
                <Typography.Title level={5} style={{ padding: '16px 16px 0' }} data-testid="app-street-name">
                  {settings.streetName}
                </Typography.Title>
                <div style={{ padding: '0 12px 8px' }}>
                  <SearchBox navigate={navigate} />
                </div>
                <Menu
                  mode="inline"
                  selectedKeys={[route.page === 'estate' ? 'estates' : route.page === 'company' ? 'companies' : route.page === 'campaign' ? 'campaigns' : route.page]}
                  onClick={({ key }) => navigate({ page: NAV_PAGES.find((page) => page === key) ?? 'home' })}
                  items={NAV_PAGES.map((page) => ({ key: page, label: <span data-testid={`nav-${page}`}>{ui.nav[page]}</span> }))}
                />
              </Layout.Sider>
              <Layout.Content style={{ padding: 24, background: '#fff' }}>
                <ReadOnlyBanner />
                <ImportProgress />
                <PageErrorBoundary page={routeToHash(route)} onHome={() => navigate({ page: 'home' })}>
                  <Page route={route} navigate={navigate} />
                </PageErrorBoundary>
              </Layout.Content>
            </Layout>
          </SearchIndexProvider>
        )}
      </ImportRunnerProvider>
    </AntApp>
  );
}
