import type { Problems } from './fieldParsers';
import type { NoticeItem } from './notice';
import { INSPECTION_CATEGORIES, parseInspectionKind, type InspectionCategory, type InspectionKind } from './kinds';
import { inspectionMessages } from './messages';
import { keptParagraph, toHalfWidth } from '../common/text';
import { parseDateText } from '../common/dates';

/**
 * How a notice's lists sit in one cell, written and read back the same way, as the rectification
 * ledger has always printed them: items one per line, numbered, "1. 环境卫生：清运垃圾" (a line
 * that does not start the next number belongs to the item above, so an item may span lines; a
 * district's cell not written that way is one item of 其他, as typed),
 * and the inspection it was issued on as "2024-05-06 09:30 考评". Chinese whatever the UI
 * language: this is the exchange format.
 */

const zh = inspectionMessages['zh-CN'];
const SEPARATOR = '：';

export function itemsCell(items: readonly NoticeItem[]): string {
  return items.map((item, k) => `${k + 1}. ${zh.category[item.category]}${SEPARATOR}${item.text}`).join('\n');
}

function categoryNamed(label: string): InspectionCategory | undefined {
  return INSPECTION_CATEGORIES.find((c) => zh.category[c] === label.trim() || c === label.trim());
}

/** Items from a cell: numbered lines as we write them, else the whole cell as one item. */
export function parseItems(raw: unknown): NoticeItem[] {
  if (raw === null || raw === undefined || String(raw).trim() === '') return [];
  const lines = String(raw).replace(/\r\n?/g, '\n').split('\n');
  const items: { category: InspectionCategory; lines: string[] }[] = [];
  for (const line of lines) {
    const start = /^\s*(\d+)\s*[.．、]\s*([^:：]+?)\s*[:：]([\s\S]*)$/.exec(line);
    const category = start ? categoryNamed(start[2]!) : undefined;
    if (start && category && Number(toHalfWidth(start[1]!)) === items.length + 1) {
      items.push({ category, lines: [start[3]!] });
    } else if (items.length > 0) {
      items[items.length - 1]!.lines.push(line);
    } else if (line.trim() !== '') {
      return [{ category: 'other', text: keptParagraph(String(raw)) }];
    }
  }
  return items.map((item) => ({ category: item.category, text: keptParagraph(item.lines.join('\n')) }));
}

/** The inspection a notice was issued on, named as the inspection sheet keys it (its estate is the notice's). */
export interface InspectionNamed {
  readonly inspectedOn: string;
  readonly time: string;
  readonly kind: InspectionKind;
}

export function inspectionCell(inspection: InspectionNamed | null): string {
  return inspection === null ? '' : [inspection.inspectedOn, inspection.time, zh.kind[inspection.kind]].filter((part) => part !== '').join(' ');
}

export function parseInspectionNamed(raw: unknown, field: string, problems: Problems): InspectionNamed | null {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (text === '') return null;
  // Folded only to be read (a clerk may type ９：３０); the problem quotes the cell as typed.
  const match = /^(\S+)\s+(?:(\d{1,2}:\d{2})\s+)?(\S+)$/.exec(toHalfWidth(text));
  const date = match ? parseDateText(match[1]!) : null;
  const kind = match ? parseInspectionKind(match[3]) : null;
  if (!match || !date?.ok || date.value === null || !kind?.ok) {
    problems.add(field, 'unknownInspectionKind', { value: text });
    return null;
  }
  const time = match[2] ? match[2].padStart(5, '0') : '';
  return { inspectedOn: date.value, time, kind: kind.value };
}
