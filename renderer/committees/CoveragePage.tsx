import { App as AntApp, Button, DatePicker, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { COMMITTEE_STATUSES } from '../../shared/committees/status';
import { ESTATE_CLASS_CODES } from '../../shared/estates';
import { exportCoverageReport } from '../../shared/committees/coverageReport';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useSettings } from '../settings/SettingsProvider';
import { CommitteeStatusTag } from './CommitteeStatusTag';
import { CoverageTableView, type CoverageView } from './CoverageTableView';
import { DATE_FORMAT, fromPicker, todayIso, toPicker } from './formDates';
import { useCoverage } from './useCoverage';
import { useRefusal } from '../components/useRefusal';

/**
 * 业主委员会: what the district asks of the street — how many estates have held an assembly,
 * elected a committee, filed it, and let its term expire — per community, on any day.
 */
export function CoveragePage() {
  const { domain, committees } = useMessages();
  const refusal = useRefusal();
  const t = committees.coverage;
  const { settings } = useSettings();
  const [date, setDate] = useState(todayIso);
  const [view, setView] = useState<CoverageView>('all');
  const coverage = useCoverage(date);
  const platform = usePlatform();
  const { message } = AntApp.useApp();
  const [exporting, setExporting] = useState(false);

  // In Chinese whatever the UI language: the report goes to the district.
  const exportReport = async () => {
    if (!coverage) return;
    setExporting(true);
    try {
      const data = exportCoverageReport({ streetName: settings.streetName, date }, coverage.table, coverage.lines, 'zh-CN');
      const suggestedName = committees.report.fileName(settings.streetName, date);
      const saved = await platform.saveFile({ suggestedName, data, filters: [{ name: committees.report.excelFilter, extensions: ['xlsx'] }] });
      if (saved.status === 'saved') void message.success(t.exported);
    } catch (error) {
      refusal.show(error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <div data-testid="committees-page">
      <Typography.Title level={3}>{t.title}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>{t.date}</span>
        <DatePicker
          format={DATE_FORMAT}
          allowClear={false}
          value={toPicker(date)}
          onChange={(value) => setDate(fromPicker(value) ?? todayIso())}
          data-testid="coverage-date"
        />
        <span>{t.view}</span>
        <Segmented<CoverageView>
          value={view}
          onChange={setView}
          data-testid="coverage-view"
          options={[
            { value: 'all', label: t.all },
            ...ESTATE_CLASS_CODES.map((code) => ({ value: code, label: domain.estateClass[code] })),
          ]}
        />
        <Button type="primary" loading={exporting} disabled={coverage === undefined} onClick={exportReport} data-testid="coverage-export">
          {t.export}
        </Button>
      </Space>
      <Typography.Paragraph strong data-testid="coverage-caption">{t.caption(settings.streetName, date)}</Typography.Paragraph>
      {coverage === undefined ? (
        <Spin />
      ) : (
        <>
          <CoverageTableView table={coverage.table} view={view} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t.statuses}</Typography.Title>
          <Space wrap data-testid="coverage-statuses">
            {COMMITTEE_STATUSES.map((code) => (
              <span key={code} data-testid={`coverage-status-${code}`} data-count={coverage.statusCounts[code]}>
                <CommitteeStatusTag code={code} />
                <Tag bordered={false}>{coverage.statusCounts[code]}</Tag>
              </span>
            ))}
          </Space>
        </>
      )}
    </div>
  );
}
