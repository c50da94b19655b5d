import type { Messages } from '../i18n/catalogs';
import type { HistoryEntry, HistoryKind } from './fieldHistory';
import { maskName, maskPhone, maskPhonesIn } from '../common/masking';
import { PERSONAL_FIELDS } from './trackedTables';

/**
 * A history entry in words, the same on the estate page and in the workbook's history sheet:
 * which field (its label, "环境卫生 · 说明" for a nested one), and its values as the clerk
 * knows them (一类 rather than 1, 市场化物业服务 rather than market).
 */
export interface DescribedEntry {
  readonly kind: string;
  readonly change: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly reason: string;
}

/** Names of records an entry points at (an estate's community), where the caller has them. */
export type NameOf = (field: string, id: string) => string | undefined;

type Labels = Readonly<Record<string, string>>;

/** Fields holding a code, by record kind, with the labels of their codes. */
function codeLabels(m: Messages, kind: HistoryKind, field: string): Labels | undefined {
  const leaf = field.split('.').pop() ?? field;
  if (field.startsWith('categories.') && leaf === 'result') return m.inspections.result;
  const table: Partial<Record<HistoryKind, Readonly<Record<string, Labels>>>> = {
    estate: { estateClass: m.domain.estateClass as Labels, mode: m.domain.mode },
    community: { kind: m.domain.communityKind },
    inspection: { kind: m.inspections.kind },
    notice: { status: m.inspections.status },
    committeeMember: { role: m.committees.role, leftReason: m.committees.leaveReason },
    assemblyMeeting: { kind: m.committees.meetingKind },
  };
  return table[kind]?.[field];
}

function fieldLabel(m: Messages, kind: HistoryKind, path: string): string {
  const named = m.history.fieldsOfKind[kind]?.[path] ?? m.history.fields[path] ?? m.domain.fields[path];
  if (named) return named;
  const part = (segment: string) => m.history.fields[segment] ?? m.domain.fields[segment] ?? m.inspections.category[segment as keyof Messages['inspections']['category']] ?? segment;
  // "categories.sanitation.note" → 环境卫生 · 说明: the container's own name says nothing.
  return path.split('.').filter((segment, i, all) => !(i === 0 && all.length > 1 && segment === 'categories')).map(part).join(m.history.pathSeparator);
}

const MASKS = { phone: maskPhone, name: maskName, text: maskPhonesIn } as const;

function valueText(m: Messages, kind: HistoryKind, field: string, value: unknown, nameOf: NameOf): string {
  if (value === null || value === undefined || value === '') return m.history.blank;
  const personal = PERSONAL_FIELDS[kind]?.[field];
  if (personal && typeof value === 'string') return MASKS[personal](value);
  const labels = codeLabels(m, kind, field);
  if (labels && (typeof value === 'string' || typeof value === 'number')) return labels[String(value)] ?? String(value);
  if (typeof value === 'boolean') return value ? m.history.yes : m.history.no;
  if (typeof value === 'string') return nameOf(field, value) ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.every((v) => typeof v !== 'object' || v === null) ? value.join(m.history.listSeparator) : m.history.items(value.length);
  return JSON.stringify(value);
}

export function describeEntry(m: Messages, entry: HistoryEntry, nameOf: NameOf = () => undefined): DescribedEntry {
  const reason = entry.cause === 'edit' ? m.history.cause.edit(entry.reason) : m.history.cause[entry.cause](entry.reason);
  const field = entry.field ?? '';
  return {
    kind: m.history.kind[entry.kind],
    change: m.history.change[entry.change],
    field: field === '' ? '' : fieldLabel(m, entry.kind, field),
    before: entry.change === 'updated' ? valueText(m, entry.kind, field, entry.before, nameOf) : '',
    after: entry.change === 'updated' ? valueText(m, entry.kind, field, entry.after, nameOf) : '',
    reason,
  };
}
