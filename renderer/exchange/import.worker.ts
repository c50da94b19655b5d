/// <reference lib="webworker" />
import type { TermRules } from '../../shared/committees';
import { isDomainError } from '../../shared/common/problem';
import { isExchangeError } from '../../shared/exchange/errors';
import { buildErrorWorkbook } from '../../shared/exchange/errorWorkbook';
import { analyseExchange, createdRecords, type CreatedRecords, storedKeysOf, type ExchangeAnalysis, type KindOptions } from '../../shared/exchange/exchangeAnalysis';
import { ledgerParts, type ExchangeDiff } from '../../shared/exchange/exchangeDiff';
import { IMPORT_KINDS, mappingOf, recordKind } from '../../shared/exchange/kinds';
import { EMPTY_LEDGER, type ExchangeKind, type StoredLedger } from '../../shared/exchange/recordKind';
import { readWorkbook } from '../../shared/exchange/read';
import { commitExchangeImport, diffExchange } from './exchangeImport';
import { recallColumnMapping } from '../db/importBatchRepository';
import { readLedger } from '../db/importCommit';
import { openLedger } from '../db/openLedger';
import type { StreetLedgerDb } from '../db/StreetLedgerDb';
import { storageFailureOf } from '../db/storageFailure';
import { buildExchangePreview } from './exchangePreview';
import { sheetMatch } from './sheetMatch';
import type { ImportEnvelope, ImportFailure, ImportRequest, ImportResponse, ImportResults } from './importProtocol';

/**
 * Reading, checking and committing a workbook all happen here, off the window's thread: a
 * 100,000-row file or a hostile one can take seconds, and the window must stay responsive (the
 * client kills this worker if it overruns). The worker opens the same IndexedDB database;
 * Dexie tells the window's live queries about the commit.
 */

declare const self: DedicatedWorkerGlobalScope;

interface Session {
  readonly fileName: string;
  readonly rules: TermRules;
  readonly analysis: ExchangeAnalysis;
  readonly diff: ExchangeDiff;
  /** The records the user agreed to create with the import (communities a first list names). */
  readonly created: CreatedRecords;
}

let db: Promise<StreetLedgerDb> | undefined;
let session: Session | undefined;

/** Opened as the window opens it: read-only when a newer build wrote it, so no import reaches it. */
function database(name: string): Promise<StreetLedgerDb> {
  db ??= openLedger(name).then(
    (opened) => opened.db,
    (error: unknown) => {
      db = undefined;
      throw error;
    },
  );
  return db;
}

/** A remembered correction for this layout, unless the user is choosing columns right now. */
async function rememberedChoices(store: StreetLedgerDb, analysis: ExchangeAnalysis, choices: Partial<Record<ExchangeKind, KindOptions>>) {
  const out: Partial<Record<ExchangeKind, KindOptions>> = { ...choices };
  let found = false;
  for (const kind of IMPORT_KINDS) {
    const shown = analysis[kind];
    if (!shown || choices[kind]?.columns) continue;
    const remembered = await recallColumnMapping(store, kind, shown.header.signature);
    if (remembered) {
      out[kind] = { ...(shown.parts.length > 1 ? {} : { sheet: shown.sheet.index }), columns: remembered.columns };
      found = true;
    }
  }
  return found ? out : undefined;
}

async function handle(store: StreetLedgerDb, request: ImportRequest): Promise<ImportResults[keyof ImportResults]> {
  switch (request.type) {
    case 'analyse': {
      const workbook = await readWorkbook(request.bytes, request.fileName);
      // What rows may name: read once, for the analysis and for its diff.
      let known: Partial<StoredLedger> = await readLedger(store, ['communities', 'estates', 'committeeTerms']).then(({ communities, estates, terms }) => ({ communities, estates, terms }));
      let stored = storedKeysOf({ ...EMPTY_LEDGER, ...known }, request);
      const created = { communities: request.newCommunities ?? [], companies: request.newCompanies ?? [] };
      const companies = await store.companies.toArray();
      const analyse = (choices: Partial<Record<ExchangeKind, KindOptions>>) =>
        analyseExchange(workbook, { rules: request.rules, stored, choices, created, showNearMiss: true, ...(request.ownStreet ? { ownStreet: request.ownStreet } : {}) });
      let analysis = analyse(request.choices);
      // Rows of this file may name stored records the first reading did not load (a notice's
      // inspection, a step's complaint, a note's task): load what its kinds name, and read it again.
      const named = IMPORT_KINDS.filter((kind) => analysis[kind] !== null).flatMap((kind) => recordKind(kind).dependsOn);
      if (ledgerParts(named).some((part) => known[part] === undefined)) {
        // Only the parts read: a part left out is read by the diff itself, never taken as empty.
        const read = await readLedger(store, named, known);
        known = { ...Object.fromEntries(ledgerParts(named).map((part) => [part, read[part]] as const)), ...known };
        stored = storedKeysOf({ ...EMPTY_LEDGER, ...known }, request);
        analysis = analyse(request.choices);
      }
      // The same layout as a file the user corrected before: apply their mapping.
      const remembered = await rememberedChoices(store, analysis, request.choices);
      if (remembered) analysis = analyse(remembered);
      const records = createdRecords(analysis, { created, rules: request.rules });
      const diff = await diffExchange(store, analysis, request.rules, known, records);
      session = { fileName: request.fileName, rules: request.rules, analysis, diff, created: records };
      return buildExchangePreview(request.fileName, analysis, diff, request.rules, request.locale, (kind, sheet, score) =>
        sheetMatch(workbook, kind, sheet, score, request.rules),
      records, companies);
    }
    case 'commit': {
      if (!session) throw new Error('nothing analysed to commit');
      const batches = await commitExchangeImport(store, { ...session, previewed: session.diff, operator: request.operator, ...request.patterns });
      session = undefined;
      return batches.map(({ entries: _entries, ...committed }) => committed);
    }
    case 'errorWorkbook': {
      const analysis = session?.analysis[request.kind];
      if (!session || !analysis) throw new Error(`no ${request.kind} sheet analysed`);
      return buildErrorWorkbook(analysis, mappingOf(request.kind, session), request.locale);
    }
  }
}

function failureOf(error: unknown): ImportFailure {
  if (isExchangeError(error)) return { kind: 'exchange', ...error.failure };
  if (isDomainError(error)) return { kind: 'domain', problems: error.problems };
  const storage = storageFailureOf(error);
  if (storage) return { kind: 'storage', failure: storage };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Requests are handled one after another, in the order sent. Handled side by side, an analysis
 * the page sent before the clerk corrected a column could finish after the corrected one and
 * leave its session behind, so the commit wrote the rows as first read (a company column chosen
 * by hand, previewed, then missing from every stored estate).
 */
let queue: Promise<void> = Promise.resolve();

async function answer({ id, dbName, request }: ImportEnvelope): Promise<void> {
  try {
    const result = await handle(await database(dbName), request);
    self.postMessage({ id, ok: true, result } satisfies ImportResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, failure: failureOf(error) } satisfies ImportResponse);
  }
}

self.onmessage = (event: MessageEvent<ImportEnvelope>) => {
  queue = queue.then(() => answer(event.data));
};
