import { committeeSheets, type CommitteeTerm } from '../../committees';
import { exchangeMessages } from '../../i18n/exchange';
import { communityTable, estateTable, withHeader, type Inventory } from '../../estates';
import { writeXlsx } from './xlsxFile';

/**
 * Everything, one sheet per record kind (社区, 小区, and with committee terms 业委会届次 and
 * 业委会成员) with stable Chinese headers: the backup a clerk can read, and a file the import
 * takes back to exactly the same records.
 */
export function exportFullWorkbook(inventory: Inventory & { readonly terms?: readonly CommitteeTerm[] }): Uint8Array {
  const layout = exchangeMessages['zh-CN'].layout;
  return writeXlsx([
    { name: layout.communitiesSheet, rows: withHeader(communityTable(inventory.communities)), freezeRows: 1 },
    { name: layout.estatesSheet, rows: withHeader(estateTable(inventory)), freezeRows: 1 },
    ...(inventory.terms ? committeeSheets({ communities: inventory.communities, estates: inventory.estates, terms: inventory.terms }) : []),
  ]);
}
