import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { exportEstatesCsv } from '../../shared/exchange/export/csv';
import { exportDistrictReport, type Inventory } from '../../shared/estates';
import type { CommitteeTerm } from '../../shared/committees';
import { allCommitteeRecords } from '../committees';
import { listCommunities, listEstates } from '../estates';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useSettings } from '../settings/SettingsProvider';
import { fullWorkbookOf } from './fullWorkbookOf';
import { useRefusal } from '../components/useRefusal';

const XLSX_FILTER = [{ name: 'Excel', extensions: ['xlsx'] }];
const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];

type Ledger = Inventory & { readonly terms: readonly CommitteeTerm[] };

/**
 * Files for the district and for safekeeping, saved where the user says (a download in the
 * browser). The ledger is read when a button is pressed, not kept live: a live copy would
 * re-read every estate on the window's thread after each import, for buttons nobody pressed.
 */
export function ExportPanel() {
  const { ui, locale } = useMessages();
  const refusal = useRefusal();
  const t = ui.exchangePage;
  const { message } = AntApp.useApp();
  const platform = usePlatform();
  const db = useDb();
  const { settings } = useSettings();
  const [busy, setBusy] = useState(false);

  const exportWith = async (name: (street: string, date: string) => string, build: (ledger: Ledger, date: string) => Uint8Array | Promise<Uint8Array>, filters: typeof XLSX_FILTER) => {
    setBusy(true);
    try {
      const [communities, estates, committees] = await Promise.all([listCommunities(db), listEstates(db), allCommitteeRecords(db)]);
      const today = dayjs().format('YYYY-MM-DD');
      const data = await build({ communities, estates, terms: committees.terms }, today);
      const saved = await platform.saveFile({ suggestedName: name(settings.streetName, today), data, filters });
      if (saved.status === 'saved') void message.success(t.exported(saved.path));
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t.exportTitle} style={{ marginTop: 16 }}>
      <Space wrap>
        <Button disabled={busy} data-testid="export-full" onClick={() => exportWith(t.fullFileName, (_, today) => fullWorkbookOf(db, 'masked', { rules: settings.creditRules, streetName: settings.streetName, today }), XLSX_FILTER)}>
          {t.exportFull}
        </Button>
        <Button
          disabled={busy}
          data-testid="export-district"
          onClick={() => exportWith(t.districtFileName, (ledger, date) => exportDistrictReport({ streetName: settings.streetName, date }, ledger, locale), XLSX_FILTER)}
        >
          {t.exportDistrict}
        </Button>
        <Button disabled={busy} data-testid="export-estates-csv" onClick={() => exportWith(t.estatesCsvFileName, (ledger) => exportEstatesCsv(ledger), CSV_FILTER)}>
          {t.exportEstatesCsv}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="export-full-holds">
        {t.exportFullHolds}
      </Typography.Paragraph>
    </Card>
  );
}
