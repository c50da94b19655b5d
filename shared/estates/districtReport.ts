import type { Community } from '../../domain/community';
import type { Estate } from '../../domain/estate';
import { exchangeMessages } from '../../i18n/exchange';
import type { Locale } from '../../i18n/locale';
import { communityListSheet } from './communityList';
import { districtTableSheet, type ReportHeading } from './districtTable';
import { estateListSheet } from './estateList';
import { writeXlsx } from './xlsxFile';

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
