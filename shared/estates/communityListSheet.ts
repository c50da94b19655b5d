import type { Community } from './community';
import type { ExchangeMessages } from '../i18n/exchange';
import type { CellRange } from '../exchange/grid';
import { numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { ReportHeading } from './districtTable';
import { communityTable } from './inventoryTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';

/**
 * The communities with their directors, phones (text cells, so a leading 0 survives in Excel)
 * and planned counts, in the district's layout: title, reporting unit and date, numbered rows.
 */
export function communityListSheet(heading: ReportHeading, communities: readonly Community[], m: ExchangeMessages): SheetSpec {
  const l = m.layout;
  const table = communityTable(communities);
  const width = table.header.length + 1;
  const pad = (cells: OutCell[]): OutCell[] => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(l.communityListTitle(heading.streetName))]),
    pad([textCell(l.reportingUnit(heading.streetName)), ...Array<OutCell>(width - 4).fill(null), textCell(l.reportDate(heading.date))]),
    [textCell(l.serial), ...table.header.map(textCell)],
    ...table.rows.map((row, i) => [numberCell(i + 1), ...row]),
  ];
  const merges: CellRange[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: width - 4 } },
    { s: { r: 1, c: width - 3 }, e: { r: 1, c: width - 1 } },
  ];
  return { name: l.communityListSheet, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}
