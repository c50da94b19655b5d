import { HAND_CREDIT_KINDS, type CreditEntry, type CreditEntryFields, type HandCreditKind } from '../../shared/companies';
import type { Problem } from '../../shared/common/problem';
import { keptText } from '../../shared/common/text';
import { isIsoDate } from '../../shared/inspections';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { assertEditedVersion } from '../db/staleEdit';
import { nextTimestamp } from '../db/timestamps';
import { describeChange } from '../history';

/** A hand-entered credit event (表彰, 示范项目, 行政处罚) as a form gives it. */
export interface CreditEntryDraft {
  readonly companyId: string;
  readonly kind?: unknown;
  readonly on?: unknown;
  readonly points?: unknown;
  readonly evidence?: unknown;
}

function isHandKind(value: unknown): value is HandCreditKind {
  return typeof value === 'string' && (HAND_CREDIT_KINDS as readonly string[]).includes(value);
}

function validEntry(draft: CreditEntryDraft): CreditEntryFields {
  const problems: Problem[] = [];
  if (!isHandKind(draft.kind)) problems.push({ field: 'kind', code: 'unknownCreditKind', params: { value: String(draft.kind ?? '') } });
  if (!isIsoDate(draft.on)) {
    problems.push(draft.on ? { field: 'on', code: 'notADate', params: { value: String(draft.on) } } : { field: 'on', code: 'required' });
  }
  const points = typeof draft.points === 'number' ? draft.points : Number(draft.points);
  if (draft.points === null || draft.points === undefined || draft.points === '' || !Number.isFinite(points)) problems.push({ field: 'points', code: 'notANumber' });
  else if (Math.abs(points) > 100) problems.push({ field: 'points', code: 'outOfRange', params: { min: -100, max: 100 } });
  const evidence = keptText(String(draft.evidence ?? ''));
  if (evidence === '') problems.push({ field: 'evidence', code: 'required' });
  if (problems.length > 0) refuse(...problems);
  return { companyId: draft.companyId, kind: draft.kind as HandCreditKind, on: draft.on as string, points, evidence };
}

export async function addCreditEntry(db: StreetLedgerDb, draft: CreditEntryDraft): Promise<CreditEntry> {
  const fields = validEntry(draft);
  const at = nextTimestamp();
  const row: CreditEntry = { ...fields, id: newId(), createdAt: at, updatedAt: at };
  return db.transaction('rw', db.companies, db.creditEntries, async () => {
    if (!(await db.companies.get(fields.companyId))) refuse({ field: 'company', code: 'notFound' });
    await db.creditEntries.add(row);
    return row;
  });
}

/**
 * An edit of a hand event always says why: the file is what the annual review rests on.
 * `edited`: the `updatedAt` the form showed; a save over a later write is refused.
 */
export async function editCreditEntry(db: StreetLedgerDb, id: string, draft: Omit<CreditEntryDraft, 'companyId'>, reason: string, edited?: number): Promise<CreditEntry> {
  return db.transaction('rw', db.creditEntries, async () => {
    const stored = await db.creditEntries.get(id);
    if (!stored) return refuse({ field: 'creditKind', code: 'notFound' });
    assertEditedVersion(stored, edited);
    const why = keptText(reason);
    if (why === '') refuse({ field: 'reason', code: 'reasonRequired' });
    const fields = validEntry({ ...draft, companyId: stored.companyId });
    describeChange({ reason: why });
    const row: CreditEntry = { ...stored, ...fields, updatedAt: nextTimestamp(stored.updatedAt) };
    await db.creditEntries.put(row);
    return row;
  });
}

export async function deleteCreditEntry(db: StreetLedgerDb, id: string, reason: string): Promise<void> {
  await db.transaction('rw', db.creditEntries, async () => {
    if (!(await db.creditEntries.get(id))) refuse({ field: 'creditKind', code: 'notFound' });
    const why = keptText(reason);
    if (why === '') refuse({ field: 'reason', code: 'reasonRequired' });
    describeChange({ reason: why });
    await db.creditEntries.delete(id);
  });
}
