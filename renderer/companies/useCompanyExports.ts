import { companyRegisterRows, creditSummary, creditSummarySheet, DEFAULT_CREDIT_RULES } from '../../shared/companies';
import { writeXlsx } from '../../shared/exchange/export/xlsxFile';
import { messagesFor } from '../../shared/i18n/catalogs';
import { useSaveWorkbook } from '../inspections/ui';
import { useSettings } from '../settings/SettingsProvider';
import type { CreditFile } from './hooks';

/** The two exports of the companies page: the register, and the year's credit summary. */
export function useCompanyExports(file: CreditFile | undefined, year: number) {
  const save = useSaveWorkbook();
  const { settings } = useSettings();
  // The exchange format is Chinese whatever the window's language.
  const zh = messagesFor('zh-CN').companies;
  return {
    register: () => {
      if (!file) return;
      void save(`${settings.streetName}${zh.register.title}.xlsx`, () => writeXlsx([{ name: zh.register.title, rows: companyRegisterRows(file.ledger.companies), freezeRows: 1 }]));
    },
    summary: () => {
      if (!file) return;
      const rules = settings.creditRules ?? DEFAULT_CREDIT_RULES;
      const lines = creditSummary(file.ledger, file.events, year, rules);
      const heading = { streetName: settings.streetName, year, date: file.today };
      void save(`${zh.summary.title(settings.streetName, year)}.xlsx`, () => writeXlsx([creditSummarySheet(heading, lines, zh)]));
    },
  };
}
