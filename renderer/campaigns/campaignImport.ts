import { campaignRowKey, partyKey, returnRowKey, taskRowKey, type Campaign, type CampaignReturn, type CampaignTask, type ProgressNote, type ReturnParty } from '../../shared/campaigns';
import { placeSteps } from '../db/importSteps';
import type { RecordDiff } from '../../shared/exchange/diff';
import { NO_DIFF } from '../../shared/exchange/exchangeDiff';
import type { ImportBatchEntry, ImportBatchEntryOf } from '../../shared/exchange/importBatch';
import type { ImportRows, ImportTable, StoredLedger } from '../../shared/exchange/recordKind';
import type { EntityTable } from 'dexie';
import type { ImportUnit } from '../db/importCommit';
import { refuse } from '../db/problems';
import { newId, type StreetLedgerDb } from '../db/StreetLedgerDb';
import { estateIdResolver } from '../estates';

/**
 * Campaigns of an import and what hangs from them, as one undoable batch. Written in order —
 * campaigns, tasks, returns, filings, funds, payments — so a row may name a campaign or return
 * the same file adds; each resolves its campaign by name and year and its estate by community
 * and name. An update writes the sheet's fields over the stored record and keeps what the sheet
 * does not carry (progress notes, files, tied inspections).
 */

async function write<T extends ImportTable, V>(
  table: T,
  rows: EntityTable<ImportRows[T], 'id'>,
  diff: RecordDiff<V>,
  stored: readonly ImportRows[T][],
  toStored: (value: V, id: string) => ImportRows[T],
  over: (before: ImportRows[T], value: V) => ImportRows[T],
): Promise<ImportBatchEntryOf<T>> {
  const added = diff.added.map(({ value }) => toStored(value, newId()));
  const byId = new Map(stored.map((r) => [r.id, r]));
  const replaced: ImportRows[T][] = [];
  const changed: ImportRows[T][] = [];
  for (const { id, value } of diff.changed) {
    const before = byId.get(id);
    if (!before) continue;
    replaced.push(before);
    changed.push(over(before, value));
  }
  await rows.bulkAdd(added);
  await rows.bulkPut(changed);
  return { table, added: added.map((r) => r.id), replaced };
}

/**
 * The tasks' progress notes, into each task's list in their place, over what the task rows
 * wrote (the batch's one tasks entry: added tasks stay added, the others are replaced once).
 * An updated note keeps its files; an added one has none (the workbook carries no files).
 */
async function writeNotes(db: StreetLedgerDb, diff: Parameters<ImportUnit['write']>[1], ledger: StoredLedger, at: number, tasks: ImportBatchEntryOf<'campaignTasks'>): Promise<ImportBatchEntryOf<'campaignTasks'>> {
  const notes = diff.campaignNotes ?? NO_DIFF;
  if (notes.added.length + notes.changed.length === 0) return tasks;
  const campaignById = new Map(ledger.campaigns.map((c) => [c.id, c]));
  const written = new Map((await db.campaignTasks.bulkGet([...tasks.added, ...tasks.replaced.map((t) => t.id)])).flatMap((t) => (t ? [[t.id, t] as const] : [])));
  const campaigns = [...ledger.campaigns, ...(await db.campaigns.toArray())];
  for (const c of campaigns) campaignById.set(c.id, c);
  const byKey = new Map<string, CampaignTask>();
  for (const t of [...ledger.campaignTasks, ...written.values()]) {
    const c = campaignById.get(t.campaignId);
    if (c) byKey.set(taskRowKey(c.name, c.year, t.title), written.get(t.id) ?? t);
  }
  const courses = placeSteps<typeof notes.added[number]['value'], ProgressNote>(
    notes,
    (row) => {
      const task = byKey.get(taskRowKey(row.campaign, row.year, row.task)) ?? refuse({ field: 'task', code: 'notFound' });
      return { id: task.id, steps: task.notes };
    },
    (row, before) => ({ on: row.on, text: row.text, attachments: before?.attachments ?? [] }),
  );
  const added = new Set(tasks.added);
  const replaced = [...tasks.replaced];
  const storedById = new Map(ledger.campaignTasks.map((t) => [t.id, t]));
  const updated: CampaignTask[] = [];
  for (const [id, list] of courses) {
    const task = written.get(id) ?? storedById.get(id)!;
    if (!added.has(id) && !written.has(id)) replaced.push(task);
    updated.push({ ...task, notes: list, updatedAt: at });
  }
  await db.campaignTasks.bulkPut(updated);
  return { ...tasks, replaced };
}

async function writeCampaigns(db: StreetLedgerDb, diff: Parameters<ImportUnit['write']>[1], ledger: StoredLedger, at: number): Promise<ImportBatchEntry[]> {
  const estateIdOf = estateIdResolver(ledger.communities, ledger.estates);
  const stamp = { createdAt: at, updatedAt: at };
  const campaignIds = new Map(ledger.campaigns.map((c) => [campaignRowKey(c.name, c.year), c.id]));
  const entries: ImportBatchEntry[] = [];

  entries.push(
    await write('campaigns', db.campaigns, diff.campaigns ?? NO_DIFF, ledger.campaigns, ({ estates, ...fields }, id) => {
      const row: Campaign = { ...fields, id, estateIds: estates.map((e) => estateIdOf(e.community, e.estate)), inspectionIds: [], ...stamp };
      campaignIds.set(campaignRowKey(row.name, row.year), id);
      return row;
    }, (before, { estates, ...fields }) => ({ ...before, ...fields, estateIds: estates.map((e) => estateIdOf(e.community, e.estate)), updatedAt: at })),
  );
  const campaignIdOf = (name: string, year: number) => campaignIds.get(campaignRowKey(name, year)) ?? refuse({ field: 'campaign', code: 'unknownCampaign', params: { name: `${name}（${year}）` } });

  const taskEntry = await write('campaignTasks', db.campaignTasks, diff.campaignTasks ?? NO_DIFF, ledger.campaignTasks, ({ campaign, year, ...fields }, id) => ({ ...fields, id, campaignId: campaignIdOf(campaign, year), notes: [], ...stamp }), (before, { campaign: _c, year: _y, ...fields }) => ({ ...before, ...fields, updatedAt: at }));
  entries.push(await writeNotes(db, diff, ledger, at, taskEntry));

  const campaignById = new Map(ledger.campaigns.map((c) => [c.id, c]));
  const returnIds = new Map(ledger.campaignReturns.flatMap((r) => {
    const c = campaignById.get(r.campaignId);
    return c ? [[returnRowKey(c.name, c.year, r.title), r.id] as const] : [];
  }));
  entries.push(
    await write('campaignReturns', db.campaignReturns, diff.campaignReturns ?? NO_DIFF, ledger.campaignReturns, ({ campaign, year, ...fields }, id) => {
      const row: CampaignReturn = { ...fields, id, campaignId: campaignIdOf(campaign, year), ...stamp };
      returnIds.set(returnRowKey(campaign, year, row.title), id);
      return row;
    }, (before, { campaign: _c, year: _y, ...fields }) => ({ ...before, ...fields, updatedAt: at })),
  );

  entries.push(
    await write('campaignFilings', db.campaignFilings, diff.campaignFilings ?? NO_DIFF, ledger.campaignFilings, (value, id) => {
      const party: ReturnParty = value.company !== '' ? { kind: 'company', name: value.company } : { kind: 'estate', estateId: estateIdOf(value.community, value.estate) };
      const returnId = returnIds.get(returnRowKey(value.campaign, value.year, value.title)) ?? refuse({ field: 'title', code: 'notFound' });
      return { id, returnId, campaignId: campaignIdOf(value.campaign, value.year), party, partyKey: partyKey(party), receivedOn: value.receivedOn, file: null, note: value.note, ...stamp };
    }, (before, value) => ({ ...before, receivedOn: value.receivedOn, note: value.note, updatedAt: at })),
  );

  entries.push(
    await write('campaignFunds', db.campaignFunds, diff.campaignFunds ?? NO_DIFF, ledger.campaignFunds, (value, id) => ({
      id, campaignId: campaignIdOf(value.campaign, value.year), estateId: estateIdOf(value.community, value.estate), plannedFen: value.plannedFen, shares: value.shares, ...stamp,
    }), (before, value) => ({ ...before, plannedFen: value.plannedFen, shares: value.shares, updatedAt: at })),
  );

  entries.push(
    await write('campaignPayments', db.campaignPayments, diff.campaignPayments ?? NO_DIFF, ledger.campaignPayments, ({ campaign, year, community, estate, ...fields }, id) => ({
      ...fields, id, campaignId: campaignIdOf(campaign, year), estateId: estateIdOf(community, estate), ...stamp,
    }), (before, value) => ({ ...before, note: value.note, updatedAt: at })),
  );
  return entries;
}

/** Refuses to undo the import of a campaign that records made since lean on. */
async function campaignInUse(db: StreetLedgerDb, batch: Parameters<NonNullable<NonNullable<ImportUnit['undoGuards']>['campaigns']>>[1], row: { readonly id: string; readonly name?: unknown }): Promise<void> {
  const ours = new Set(batch.entries.flatMap((e) => e.added));
  const tables: readonly { where(index: string): { equals(key: string): { primaryKeys(): PromiseLike<string[]> } } }[] = [db.campaignTasks, db.campaignReturns, db.campaignFunds, db.campaignPayments, db.campaignFilings];
  for (const table of tables) {
    const leaning = (await table.where('campaignId').equals(row.id).primaryKeys()).filter((id) => !ours.has(id));
    if (leaning.length > 0) refuse({ field: 'batch', code: 'batchReferenced', params: { name: String(row.name ?? row.id) } });
  }
}

export const campaignImport: ImportUnit = {
  batch: 'campaigns',
  write: (db, diff, ledger, at) => writeCampaigns(db, diff, ledger, at),
  undoGuards: { campaigns: campaignInUse },
  undoReads: (db) => [db.campaignTasks, db.campaignReturns, db.campaignFunds, db.campaignPayments, db.campaignFilings],
};
