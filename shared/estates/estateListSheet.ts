import type { Community } from './community';
import type { Estate } from './estate';
import type { ExchangeMessages } from '../i18n/exchange';
import type { CellRange } from '../exchange/grid';
import { numberCell, textCell, type OutCell } from '../exchange/export/cells';
import type { ReportHeading } from './districtTable';
import { estateTable } from './inventoryTables';
import type { SheetSpec } from '../exchange/export/xlsxFile';

/**
 * The estate list in the district's layout: title, reporting unit and date, a numbered list
 * (序号) with the inventory's columns, grouped by community in the office's order, and a
 * totals row for buildings, households and floor area.
 */
export function estateListSheet(heading: ReportHeading, communities: readonly Community[], estates: readonly Estate[], m: ExchangeMessages): SheetSpec {
  const l = m.layout;
  const order = new Map(communities.map((c, i) => [c.id, i]));
  const sorted = estates
    .filter((e) => order.has(e.communityId))
    .sort((a, b) => (order.get(a.communityId) ?? 0) - (order.get(b.communityId) ?? 0));
  const table = estateTable({ communities, estates: sorted });
  const width = table.header.length + 1;
  const pad = (cells: OutCell[]): OutCell[] => [...cells, ...Array<OutCell>(Math.max(0, width - cells.length)).fill(null)];
  const rows: OutCell[][] = [
    pad([textCell(l.estateListTitle(heading.streetName))]),
    pad([textCell(l.reportingUnit(heading.streetName)), ...Array<OutCell>(width - 4).fill(null), textCell(l.reportDate(heading.date))]),
    [textCell(l.serial), ...table.header.map(textCell)],
    ...table.rows.map((row, i) => [numberCell(i + 1), ...row]),
  ];
  const sum = (pick: (e: Estate) => number | null): number | null =>
    sorted.reduce<number | null>((acc, e) => {
      const v = pick(e);
      return v === null ? acc : (acc ?? 0) + v;
    }, null);
  const totals: OutCell[] = Array<OutCell>(width).fill(null);
  totals[0] = textCell(l.total);
  totals[2] = textCell(l.estateCount(sorted.length));
  // Columns after 序号: community, name, class, mode, company, buildings, households, area, …
  totals[6] = numberCell(sum((e) => e.buildings));
  totals[7] = numberCell(sum((e) => e.households));
  totals[8] = numberCell(sum((e) => e.floorArea));
  rows.push(totals);
  const merges: CellRange[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: width - 1 } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: width - 4 } },
    { s: { r: 1, c: width - 3 }, e: { r: 1, c: width - 1 } },
  ];
  return { name: l.estateListSheet, rows, merges, freezeRows: 3, widthSkipRows: 2 };
}
