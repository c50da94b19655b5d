import type { Community } from './community';
import type { Estate } from './estate';
import { exchangeMessages } from '../i18n/exchange';
import type { Locale } from '../i18n/locale';
import { communityListSheet } from './communityListSheet';
import { districtTableSheet, type ReportHeading } from './districtTable';
import { estateListSheet } from './estateListSheet';
import { writeXlsx } from '../exchange/export/xlsxFile';

/** The district's report: the community × class table, the estate list and the community list, in one workbook. */
export function exportDistrictReport(
  heading: ReportHeading,
  inventory: { readonly communities: readonly Community[]; readonly estates: readonly Estate[] },
  locale: Locale = 'zh-CN',
): Uint8Array {
  const m = exchangeMessages[locale];
  return writeXlsx([
    districtTableSheet(heading, inventory.communities, inventory.estates, locale),
    estateListSheet(heading, inventory.communities, inventory.estates, m),
    communityListSheet(heading, inventory.communities, m),
  ]);
}
