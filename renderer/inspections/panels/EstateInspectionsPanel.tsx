import { Button, Card, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useMemo } from 'react';
import { problemsFound } from '../../../shared/inspections/inspection';
import { isOpen } from '../../../shared/inspections/notice';
import { shownStatus } from '../../../shared/inspections/overdue';
import { formatRate, latestSurvey, satisfactionRate, surveyOutcome } from '../../../shared/inspections/survey';
import { estateTimeline, type TimelineEntry } from '../../../shared/inspections/timeline';
import { useInspectionsOfEstate, useNoticesOfEstate, useSurveysOfEstate } from '../inspectionHooks';
import { useMessages } from '../../i18n/I18nProvider';
import type { EstatePanelProps } from '../../estates/ui';
import { NoticeStatusTag } from '../notice/NoticeStatusTag';
import { useInspectionDialogs, type InspectionDialogs } from '../useInspectionDialogs';
import { useToday } from '../useToday';

function EntryLine({ entry, dialogs, today }: { entry: TimelineEntry; dialogs: InspectionDialogs; today: string }) {
  const { inspections: t, domain } = useMessages();
  switch (entry.type) {
    case 'inspection': {
      const i = entry.inspection;
      return (
        <Typography.Link onClick={() => dialogs.openInspection(i.id)} data-testid="timeline-inspection">
          {t.panel.inspectionLine(t.kind[i.kind], domain.list(i.inspectors), problemsFound(i).length)}
        </Typography.Link>
      );
    }
    case 'noticeIssued':
      return (
        <Space size={4} wrap>
          <Typography.Link onClick={() => dialogs.openNotice(entry.notice.id)} data-testid={`timeline-notice-${entry.notice.number}`}>
            {t.panel.noticeLine(entry.notice.number, entry.notice.originalDeadline)}
          </Typography.Link>
          <NoticeStatusTag status={shownStatus(entry.notice, today)} />
        </Space>
      );
    case 'noticeEvent': {
      const { event, notice } = entry;
      const what =
        event.type === 'reported'
          ? t.notice.reportedEvent
          : event.type === 'rechecked'
            ? event.passed
              ? t.notice.recheckPassed
              : t.notice.recheckFailed(event.newDeadline ?? '')
            : t.notice.escalatedEvent(t.escalation[event.escalation]);
      return <Typography.Link onClick={() => dialogs.openNotice(notice.id)}>{`${notice.number} ${what}`}</Typography.Link>;
    }
    case 'survey': {
      const s = entry.survey;
      return (
        <Typography.Link onClick={() => dialogs.openSurvey({ kind: 'edit', survey: s })} data-testid="timeline-survey">
          {t.panel.surveyLine(formatRate(satisfactionRate(s)), s.satisfied, s.surveyed, t.outcome[surveyOutcome(s, s.threshold)])}
        </Typography.Link>
      );
    }
  }
}

const COLORS: Readonly<Record<TimelineEntry['type'], string>> = { inspection: 'blue', noticeIssued: 'red', noticeEvent: 'gray', survey: 'green' };

/** The estate page's history of inspections, notices and surveys, with its acceptance standing. */
export function EstateInspectionsPanel({ estate }: EstatePanelProps) {
  const { inspections: t } = useMessages();
  const today = useToday();
  const dialogs = useInspectionDialogs();
  const inspections = useInspectionsOfEstate(estate.id);
  const notices = useNoticesOfEstate(estate.id);
  const surveys = useSurveysOfEstate(estate.id);
  const entries = useMemo(
    () => (inspections && notices && surveys ? estateTimeline(inspections, notices, surveys) : undefined),
    [inspections, notices, surveys],
  );
  const latest = surveys ? latestSurvey(surveys) : null;
  const openNotices = (notices ?? []).filter((n) => isOpen(n.status)).length;

  return (
    <Card
      title={t.panel.title}
      data-testid="estate-inspections-panel"
      extra={
        <Space>
          <Button onClick={() => dialogs.openSurvey({ kind: 'create', estateId: estate.id })} data-testid="estate-survey-add">{t.panel.addSurvey}</Button>
          <Button type="primary" onClick={() => dialogs.openEntry(estate.id)} data-testid="estate-inspection-add">{t.panel.addInspection}</Button>
        </Space>
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Typography.Text>{t.panel.acceptance}</Typography.Text>
        {latest ? (
          <Tag color={surveyOutcome(latest, latest.threshold) === 'accepted' ? 'green' : 'orange'} data-testid="estate-acceptance">
            {`${t.outcome[surveyOutcome(latest, latest.threshold)]} ${formatRate(satisfactionRate(latest))}`}
          </Tag>
        ) : (
          <Tag data-testid="estate-acceptance">{t.panel.notSurveyed}</Tag>
        )}
        {openNotices > 0 && <Tag color="gold">{t.panel.openNotices(openNotices)}</Tag>}
      </Space>
      {entries === undefined && <Spin />}
      {entries?.length === 0 && <Empty description={t.panel.empty} />}
      {entries && entries.length > 0 && (
        <Timeline
          data-testid="estate-timeline"
          items={entries.map((entry) => ({
            color: COLORS[entry.type],
            content: (
              <>
                <Typography.Text strong>{entry.on}</Typography.Text> <EntryLine entry={entry} dialogs={dialogs} today={today} />
              </>
            ),
          }))}
        />
      )}
      {dialogs.dialogs}
    </Card>
  );
}
