import { Button, Card, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ComplaintDrawer, useComplaintsOfEstate } from '../../complaints/ui';
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
import { OpenRecordButton } from '../../components/table/OpenRecordButton';

function EntryLine({ entry, dialogs, today, openComplaint }: { entry: TimelineEntry; dialogs: InspectionDialogs; today: string; openComplaint: (id: string) => void }) {
  const { inspections: t, domain, complaints } = useMessages();
  switch (entry.type) {
    case 'inspection': {
      const i = entry.inspection;
      return (
        <OpenRecordButton onOpen={() => dialogs.openInspection(i.id)} testId="timeline-inspection">
          {t.panel.inspectionLine(t.kind[i.kind], domain.list(i.inspectors), problemsFound(i).length)}
        </OpenRecordButton>
      );
    }
    case 'noticeIssued':
      return (
        <Space size={4} wrap>
          <OpenRecordButton onOpen={() => dialogs.openNotice(entry.notice.id)} testId={`timeline-notice-${entry.notice.number}`}>
            {t.panel.noticeLine(entry.notice.number, entry.notice.originalDeadline)}
          </OpenRecordButton>
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
      return <OpenRecordButton onOpen={() => dialogs.openNotice(notice.id)}>{`${notice.number} ${what}`}</OpenRecordButton>;
    }
    case 'complaint': {
      const c = entry.complaint;
      return (
        <OpenRecordButton onOpen={() => openComplaint(c.id)} testId={`timeline-complaint-${c.number}`}>
          {complaints.panel.timelineLine(c.number, complaints.category[c.category], complaints.status[c.status])}
        </OpenRecordButton>
      );
    }
    case 'survey': {
      const s = entry.survey;
      return (
        <OpenRecordButton onOpen={() => dialogs.openSurvey({ kind: 'edit', survey: s })} testId="timeline-survey">
          {t.panel.surveyLine(formatRate(satisfactionRate(s)), s.satisfied, s.surveyed, t.outcome[surveyOutcome(s, s.threshold)])}
        </OpenRecordButton>
      );
    }
  }
}

const COLORS: Readonly<Record<TimelineEntry['type'], string>> = { inspection: 'blue', noticeIssued: 'red', noticeEvent: 'gray', survey: 'green', complaint: 'orange' };

/** The estate page's history of inspections, notices and surveys, with its acceptance standing. */
export function EstateInspectionsPanel({ estate }: EstatePanelProps) {
  const { inspections: t } = useMessages();
  const today = useToday();
  const dialogs = useInspectionDialogs();
  const inspections = useInspectionsOfEstate(estate.id);
  const notices = useNoticesOfEstate(estate.id);
  const surveys = useSurveysOfEstate(estate.id);
  const complaints = useComplaintsOfEstate(estate.id);
  const [complaintId, setComplaintId] = useState<string | null>(null);
  const entries = useMemo(
    () => (inspections && notices && surveys && complaints ? estateTimeline(inspections, notices, surveys, complaints) : undefined),
    [inspections, notices, surveys, complaints],
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
                <Typography.Text strong>{entry.on}</Typography.Text> <EntryLine entry={entry} dialogs={dialogs} today={today} openComplaint={setComplaintId} />
              </>
            ),
          }))}
        />
      )}
      {dialogs.dialogs}
      <ComplaintDrawer complaintId={complaintId} view="masked" onClose={() => setComplaintId(null)} />
    </Card>
  );
}
