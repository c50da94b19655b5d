import { Card, Col, Row, Tag, Typography } from 'antd';
import type { DutyIndicators as Duties } from '../../shared/dashboard';
import { useMessages } from '../i18n/I18nProvider';

/** The plans' duties, each with its rule written beside what was found. */
export function DutyIndicators({ duties }: { duties: Duties }) {
  const { dashboard } = useMessages();
  const t = dashboard.duties;
  const cards = [
    { key: 'spotCheck', met: duties.spotCheck.met, name: t.spotCheck.name, rule: t.spotCheck.rule, value: t.spotCheck.value(duties.spotCheck.days, duties.spotCheck.required) },
    { key: 'patrol', met: duties.patrol.met, name: t.patrol.name, rule: t.patrol.rule, value: t.patrol.value(duties.patrol.short, duties.patrol.estates, duties.patrol.required, duties.patrol.day) },
    { key: 'filing', met: duties.filing.met, name: t.filing.name, rule: t.filing.rule, value: t.filing.value(duties.filing.overdue, duties.filing.filedLate) },
    { key: 'overdueNotices', met: duties.overdueNotices.met, name: t.overdueNotices.name, rule: t.overdueNotices.rule, value: t.overdueNotices.value(duties.overdueNotices.count) },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="duty-indicators">
      {cards.map((c) => (
        <Col span={6} key={c.key}>
          <Card size="small" title={c.name} extra={<Tag color={c.met ? 'green' : 'red'}>{c.met ? t.met : t.notMet}</Tag>} data-testid={`duty-${c.key}`} style={{ height: '100%' }}>
            <Typography.Paragraph strong style={{ marginBottom: 4 }} data-testid={`duty-${c.key}-value`}>{c.value}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>{c.rule}</Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
