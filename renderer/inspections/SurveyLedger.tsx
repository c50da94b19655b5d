import { App as AntApp, Button, Popconfirm, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { exportSurveyResults } from '../../shared/inspections/inspectionLedgers';
import { formatRate, satisfactionRate, SURVEY_OUTCOMES, surveyOutcome, type AcceptanceSurvey, type SurveyOutcome } from '../../shared/inspections/survey';
import { filterSurveys, NO_SURVEY_FILTER, type SurveyFilter } from '../../shared/inspections/ledgerFilter';
import { useMemo, useState } from 'react';
import { LedgerFilterBar } from './LedgerFilterBar';
import { useDb } from '../db/DbContext';
import { useSurveys } from './inspectionHooks';
import { deleteSurvey } from './surveyRepository';
import { useMessages } from '../i18n/I18nProvider';
import { useSettings } from '../settings/SettingsProvider';
import type { SurveyMode } from './survey/SurveyFormModal';
import type { EstateDirectory } from './useEstateDirectory';
import { useSaveWorkbook } from './useSaveWorkbook';
import { useToday } from './useToday';

/** Acceptance surveys, newest first, each judged by the threshold of its day. */
export function SurveyLedger({ directory, onEdit, initialFilter = NO_SURVEY_FILTER }: { directory: EstateDirectory; onEdit: (mode: SurveyMode) => void; initialFilter?: SurveyFilter }) {
  const { inspections: t, ui, locale } = useMessages();
  const { message } = AntApp.useApp();
  const { settings } = useSettings();
  const today = useToday();
  const saveWorkbook = useSaveWorkbook();
  const db = useDb();
  const surveys = useSurveys();
  const [filter, setFilter] = useState<SurveyFilter>(initialFilter);
  const rows = useMemo(() => filterSurveys(surveys ?? [], filter, directory.communityOf), [surveys, filter, directory]);

  const columns: ColumnsType<AcceptanceSurvey> = [
    { title: t.surveyLedger.surveyedOn, dataIndex: 'surveyedOn', key: 'surveyedOn', width: 110 },
    { title: t.surveyLedger.estate, key: 'estate', render: (_, s) => directory.get(s.estateId)?.estate.name ?? s.estateId },
    { title: t.surveyLedger.community, key: 'community', width: 120, render: (_, s) => directory.get(s.estateId)?.community?.name ?? '' },
    { title: t.surveyLedger.surveyed, dataIndex: 'surveyed', key: 'surveyed', width: 90, align: 'right' },
    { title: t.surveyLedger.satisfied, dataIndex: 'satisfied', key: 'satisfied', width: 90, align: 'right' },
    { title: t.surveyLedger.rate, key: 'rate', width: 90, align: 'right', render: (_, s) => formatRate(satisfactionRate(s)) },
    { title: t.surveyLedger.threshold, key: 'threshold', width: 80, align: 'right', render: (_, s) => formatRate(s.threshold) },
    {
      title: t.surveyLedger.outcome,
      key: 'outcome',
      width: 100,
      render: (_, s) => {
        const outcome = surveyOutcome(s, s.threshold);
        return <Tag color={outcome === 'accepted' ? 'green' : 'orange'} data-testid="survey-outcome">{t.outcome[outcome]}</Tag>;
      },
    },
    {
      title: ui.common.actions,
      key: 'actions',
      width: 140,
      render: (_, s) => (
        <Space>
          <Button size="small" onClick={() => onEdit({ kind: 'edit', survey: s })}>{ui.common.edit}</Button>
          <Popconfirm
            title={t.survey.confirmDelete}
            okText={ui.common.delete}
            cancelText={ui.common.cancel}
            onConfirm={async () => {
              await deleteSurvey(db, s.id);
              void message.success(t.survey.deleted);
            }}
          >
            <Button size="small" danger>{ui.common.delete}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <LedgerFilterBar<SurveyFilter, SurveyOutcome>
        testId="survey-filter"
        filter={filter}
        empty={NO_SURVEY_FILTER}
        communities={directory.communities}
        facet={{ key: 'outcomes', label: t.filter.outcome, options: SURVEY_OUTCOMES.map((o) => ({ value: o, label: t.outcome[o] })), values: filter.outcomes }}
        onChange={setFilter}
        extra={
        <Button
          disabled={rows.length === 0}
          data-testid="survey-export"
          onClick={() =>
            void saveWorkbook(t.report.surveyFile(settings.streetName, today), () =>
              exportSurveyResults(
                { streetName: settings.streetName, date: today },
                rows.map((record) => ({ community: directory.get(record.estateId)?.community?.name ?? '', estate: directory.get(record.estateId)?.estate.name ?? '', record })),
                locale,
              ),
            )
          }
        >
          {t.report.exportShown}
        </Button>
        }
      />
      <Table<AcceptanceSurvey>
        rowKey="id"
        size="small"
        bordered
        loading={surveys === undefined}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t.surveyLedger.empty }}
        data-testid="survey-ledger"
      />
    </>
  );
}
