import { App as AntApp, Button, Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { countByClass } from '../../shared/estates';
import type { Navigate } from '../app/useHashRoute';
import { useDb } from '../db/DbContext';
import { countFindings, useCommunities, useEstates, useIsDatabaseEmpty, useReconciledTable } from '../estates/ui';
import { loadExampleStreet } from '../estates';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import { HOME_PANELS } from './homePanels';
import { useRefusal } from '../components/useRefusal';

export function HomePage({ navigate }: { navigate: Navigate }) {
  const { ui, domain } = useMessages();
  const refusal = useRefusal();
  const t = ui.home;
  const { message } = AntApp.useApp();
  const { settings } = useSettings();
  const db = useDb();
  const empty = useIsDatabaseEmpty();
  const communities = useCommunities();
  const estates = useEstates();
  const table = useReconciledTable();
  const byClass = useMemo(() => countByClass(estates ?? []), [estates]);
  const households = useMemo(() => (estates ?? []).reduce((n, e) => n + (e.households ?? 0), 0), [estates]);

  const loadExample = () =>
    refusal.run(async () => {
      const result = await loadExampleStreet(db);
      if (result.status === 'loaded') void message.success(t.exampleLoaded);
    });

  return (
    <div data-testid="home-page">
      <Typography.Title level={2} data-testid="home-title">{t.title(settings.streetName)}</Typography.Title>
      <Typography.Paragraph type="secondary">{t.subtitle(settings.district, settings.operator)}</Typography.Paragraph>
      {empty === true && (
        <Card data-testid="home-empty">
          <Empty description={<><Typography.Title level={4}>{t.emptyTitle}</Typography.Title><span>{t.emptyHint}</span></>}>
            <Button type="primary" data-testid="load-example" onClick={() => void loadExample()}>{t.loadExample}</Button>
          </Empty>
        </Card>
      )}
      {empty === false && (
        <Row gutter={16}>
          <Col span={6}><Card><Statistic title={t.communities} value={communities?.length ?? 0} /></Card></Col>
          <Col span={6}>
            <Card>
              <Statistic title={t.estates} value={byClass.total} />
              <Typography.Text type="secondary" data-testid="home-class-counts">
                {([[1, byClass.class1], [2, byClass.class2], [3, byClass.class3], [0, byClass.unclassified]] as const)
                  .map(([estateClass, count]) => `${domain.estateClass[estateClass]} ${count}`)
                  .join(' · ')}
              </Typography.Text>
            </Card>
          </Col>
          <Col span={6}><Card><Statistic title={t.households} value={households} /></Card></Col>
          <Col span={6}>
            <Card>
              <Statistic title={t.findings} value={table ? countFindings(table) : 0} />
              <Button type="link" style={{ padding: 0 }} data-testid="home-open-table" onClick={() => navigate({ page: 'classTable' })}>{t.openTable}</Button>
            </Card>
          </Col>
        </Row>
      )}
      {empty === false &&
        HOME_PANELS.map(({ key, Panel }) => (
          <section key={key} style={{ marginTop: 24 }}>
            <Panel navigate={navigate} />
          </section>
        ))}
    </div>
  );
}
