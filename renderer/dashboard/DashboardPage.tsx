import { Alert, Col, Row, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import type { Navigate } from '../app/useHashRoute';
import { useMessages } from '../i18n/I18nProvider';
import { ChartCard } from './ChartCard';
import { dashboardCharts } from './chartOptions';
import { DutyIndicators } from './DutyIndicators';
import { useDashboard } from './useDashboard';

/**
 * 街道概况: the duties, then five charts, each opening the ledger behind the bar clicked. `day`
 * reads the street as it stood on another day (today unless given).
 */
export function DashboardPage({ navigate, day }: { navigate: Navigate; day?: string }) {
  const messages = useMessages();
  const t = messages.dashboard;
  const state = useDashboard(day);
  const charts = useMemo(() => (state.status === 'ready' ? dashboardCharts(state.data, messages) : []), [state, messages]);
  return (
    <div data-testid="dashboard-page">
      <Typography.Title level={3} style={{ marginBottom: 0 }}>{t.title}</Typography.Title>
      {state.status === 'ready' && <Typography.Paragraph type="secondary">{t.subtitle(state.data.today)}</Typography.Paragraph>}
      {state.status === 'loading' && <Spin tip={t.loading}><div style={{ height: 120 }} /></Spin>}
      {state.status === 'failed' && <Alert type="error" showIcon message={state.message} />}
      {state.status === 'ready' && (
        <>
          <DutyIndicators duties={state.data.duties} />
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            {charts.map((chart, order) => (
              <Col span={chart.key === 'inspections' ? 24 : 12} key={chart.key}>
                <ChartCard
                  title={t.charts[chart.key]}
                  option={chart.option}
                  testId={`chart-${chart.key}`}
                  order={order}
                  fileName={t.pngName(t.charts[chart.key].replace(/[（）()\s]/g, ''), state.data.today)}
                  onClick={(click) => {
                    const route = chart.routeOf(click);
                    if (route) navigate(route);
                  }}
                />
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
