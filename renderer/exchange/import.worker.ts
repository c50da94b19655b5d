/// <reference lib="webworker" />
import { committeeMembersMapping, committeeTermsMapping, type TermRules } from '../../shared/committees';
import { isDomainError } from '../../shared/common/problem';
import { isExchangeError } from '../../shared/exchange/errors';
import { buildErrorWorkbook } from '../../shared/exchange/errorWorkbook';
import { analyseParsedExchange, EXCHANGE_KINDS, type ExchangeAnalysis, type ExchangeKind, type KindOptions } from '../../shared/exchange/exchangeAnalysis';
import type { RecordMapping } from '../../shared/exchange/mapping';
import { communitiesMapping, estatesMapping } from '../../shared/estates';
import { inspectionsMapping } from '../../shared/inspections';
import type { SheetAnalysis } from '../../shared/exchange/pipeline';
import { readWorkbook } from '../../shared/exchange/read';
import { committeeLedgerOf, knownEstateKeys, storedTermKeys } from '../committees';
import { commitExchangeImport, diffExchange } from './exchangeImport';
import { recallColumnMapping } from '../db/importBatchRepository';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import { buildExchangePreview, type ExchangeDiff } from './exchangePreview';
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
}

let db: StreetLedgerDb | undefined;
let session: Session | undefined;

function database(name: string): StreetLedgerDb {
  db ??= new StreetLedgerDb(name);
  return db;
}

/** A remembered correction for this layout, unless the user is choosing columns right now. */
async function rememberedChoices(store: StreetLedgerDb, analysis: ExchangeAnalysis, choices: Partial<Record<ExchangeKind, KindOptions>>) {
  const out: Partial<Record<ExchangeKind, KindOptions>> = { ...choices };
  let found = false;
  for (const kind of EXCHANGE_KINDS) {
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

function mappingOf(kind: ExchangeKind, rules: TermRules): RecordMapping<unknown> {
  const mappings = { communities: communitiesMapping, estates: estatesMapping, committeeTerms: committeeTermsMapping(rules), committeeMembers: committeeMembersMapping, inspections: inspectionsMapping };
  return mappings[kind] as RecordMapping<unknown>;
}

async function handle(store: StreetLedgerDb, request: ImportRequest): Promise<ImportResults[keyof ImportResults]> {
  switch (request.type) {
    case 'analyse': {
      const workbook = await readWorkbook(request.bytes, request.fileName);
      const [communities, estates, terms] = await Promise.all([store.communities.toArray(), store.estates.toArray(), store.committeeTerms.toArray()]);
      const analyse = (choices: Partial<Record<ExchangeKind, KindOptions>>) =>
        analyseParsedExchange(workbook, {
          existingCommunities: communities,
          existingEstates: knownEstateKeys(communities, estates),
          storedTerms: storedTermKeys(committeeLedgerOf(communities, estates, terms)),
          rules: request.rules,
          choices,
          ...(request.ownStreet ? { ownStreet: request.ownStreet } : {}),
          ...(request.newCommunities ? { newCommunities: request.newCommunities } : {}),
        });
      let analysis = analyse(request.choices);
      // The same layout as a file the user corrected before: apply their mapping.
      const remembered = await rememberedChoices(store, analysis, request.choices);
      if (remembered) analysis = analyse(remembered);
      const diff = await diffExchange(store, analysis, request.rules, { communities, estates, terms });
      session = { fileName: request.fileName, rules: request.rules, analysis, diff };
      return buildExchangePreview(request.fileName, analysis, diff, request.rules, request.locale);
    }
    case 'commit': {
      if (!session) throw new Error('nothing analysed to commit');
      const batches = await commitExchangeImport(store, { ...session, previewed: session.diff, operator: request.operator });
      session = undefined;
      return batches.map(({ entries: _entries, ...committed }) => committed);
    }
    case 'errorWorkbook': {
      const analysis: SheetAnalysis<unknown> | null | undefined = session?.analysis[request.kind];
      if (!session || !analysis) throw new Error(`no ${request.kind} sheet analysed`);
      return buildErrorWorkbook(analysis, mappingOf(request.kind, session.rules), request.locale);
    }
  }
}

function failureOf(error: unknown): ImportFailure {
  if (isExchangeError(error)) return { kind: 'exchange', code: error.code, params: error.params };
  if (isDomainError(error)) return { kind: 'domain', problems: error.problems };
  return { kind: 'other', message: error instanceof Error ? error.message : String(error) };
}

self.onmessage = async (event: MessageEvent<ImportEnvelope>) => {
  const { id, dbName, request } = event.data;
  try {
    const result = await handle(database(dbName), request);
    self.postMessage({ id, ok: true, result } satisfies ImportResponse);
  } catch (error) {
    self.postMessage({ id, ok: false, failure: failureOf(error) } satisfies ImportResponse);
  }
};
