import { App as AntApp, Button, Card, Space } from 'antd';
import dayjs from 'dayjs';
import { exportEstatesCsv } from '../../../shared/exchange/export/csv';
import { exportDistrictReport } from '../../../shared/exchange/export/districtReport';
import { exportFullWorkbook } from '../../../shared/exchange/export/fullWorkbook';
import { useAllCommitteeRecords } from '../../db/committeeHooks';
import { useCommunities, useEstates } from '../../db/hooks';
import { useMessages } from '../../i18n/I18nProvider';
import { usePlatform } from '../../platform/PlatformContext';
import { useSettings } from '../../settings/SettingsProvider';

const XLSX_FILTER = [{ name: 'Excel', extensions: ['xlsx'] }];
const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];

/** Files for the district and for safekeeping, saved where the user says (a download in the browser). */
export function ExportPanel() {
  const { ui, locale } = useMessages();
  const t = ui.exchangePage;
  const { message } = AntApp.useApp();
  const platform = usePlatform();
  const { settings } = useSettings();
  const communities = useCommunities();
  const estates = useEstates();
  const committees = useAllCommitteeRecords();
  const ready = communities !== undefined && estates !== undefined && committees !== undefined;
  const today = dayjs().format('YYYY-MM-DD');

  const save = async (suggestedName: string, data: Uint8Array, filters: typeof XLSX_FILTER) => {
    try {
      const saved = await platform.saveFile({ suggestedName, data, filters });
      if (saved.status === 'saved') void message.success(t.exported(saved.path));
    } catch (error) {
      void message.error(ui.common.unexpectedError(error instanceof Error ? error.message : String(error)));
    }
  };
  const inventory = { communities: communities ?? [], estates: estates ?? [] };

  return (
    <Card title={t.exportTitle} style={{ marginTop: 16 }}>
      <Space wrap>
        <Button disabled={!ready} data-testid="export-full" onClick={() => save(t.fullFileName(settings.streetName, today), exportFullWorkbook({ ...inventory, terms: committees?.terms ?? [] }), XLSX_FILTER)}>
          {t.exportFull}
        </Button>
        <Button
          disabled={!ready}
          data-testid="export-district"
          onClick={() => save(t.districtFileName(settings.streetName, today), exportDistrictReport({ streetName: settings.streetName, date: today }, inventory, locale), XLSX_FILTER)}
        >
          {t.exportDistrict}
        </Button>
        <Button disabled={!ready} data-testid="export-estates-csv" onClick={() => save(t.estatesCsvFileName(settings.streetName, today), exportEstatesCsv(inventory), CSV_FILTER)}>
          {t.exportEstatesCsv}
        </Button>
      </Space>
    </Card>
  );
}
