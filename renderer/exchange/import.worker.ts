/// <reference lib="webworker" />
import { isDomainError } from '../../shared/domain/problem';
import { isExchangeError } from '../../shared/exchange/errors';
import { buildErrorWorkbook } from '../../shared/exchange/errorWorkbook';
import { communitiesMapping } from '../../shared/exchange/mappings/communities';
import { estatesMapping } from '../../shared/exchange/mappings/estates';
import { analyseInventory, type InventoryAnalysis } from '../../shared/exchange/pipeline';
import { recallColumnMapping } from '../db/importBatchRepository';
import { commitInventoryImport, diffInventory, type InventoryDiff } from '../db/inventoryImport';
import { StreetLedgerDb } from '../db/StreetLedgerDb';
import type { ImportEnvelope, ImportFailure, ImportRequest, ImportResponse, ImportResults, KindChoice } from './importProtocol';
import { buildInventoryPreview } from './inventoryPreview';

/**
 * Reading, checking and committing a workbook all happen here, off the window's thread: a
 * 100,000-row file or a hostile one can take seconds, and the window must stay responsive (the
 * client kills this worker if it overruns). The worker opens the same IndexedDB database;
 * Dexie tells the window's live queries about the commit.
 */

declare const self: DedicatedWorkerGlobalScope;

interface Session {
  readonly fileName: string;
  readonly analysis: InventoryAnalysis;
  readonly diff: InventoryDiff;
}

let db: StreetLedgerDb | undefined;
let session: Session | undefined;

function database(name: string): StreetLedgerDb {
  db ??= new StreetLedgerDb(name);
  return db;
}

/** A remembered correction for this layout, unless the user is choosing columns right now. */
async function withRemembered(store: StreetLedgerDb, kind: string, signature: string | undefined, choice: KindChoice | undefined): Promise<KindChoice | undefined> {
  if (choice?.columns || signature === undefined) return choice;
  const remembered = await recallColumnMapping(store, kind, signature);
  return remembered ? { ...choice, columns: remembered.columns } : choice;
}

async function handle(store: StreetLedgerDb, request: ImportRequest): Promise<ImportResults[keyof ImportResults]> {
  switch (request.type) {
    case 'analyse': {
      const communities = await store.communities.toArray();
      const analyse = (choices: typeof request.choices) =>
        analyseInventory(request.bytes, request.fileName, { existingCommunities: communities, communities: choices.communities, estates: choices.estates });
      let analysis = await analyse(request.choices);
      const choices = {
        communities: await withRemembered(store, 'communities', analysis.communities?.header.signature, request.choices.communities),
        estates: await withRemembered(store, 'estates', analysis.estates?.header.signature, request.choices.estates),
      };
      if (choices.communities !== request.choices.communities || choices.estates !== request.choices.estates) {
        // The same layout as a file the user corrected before: apply their mapping.
        analysis = await analyse({ ...choices, communities: choices.communities ?? { sheet: analysis.communities?.sheet.index }, estates: choices.estates ?? { sheet: analysis.estates?.sheet.index } });
      }
      const diff = diffInventory(analysis, communities, await store.estates.toArray());
      session = { fileName: request.fileName, analysis, diff };
      return buildInventoryPreview(request.fileName, analysis, diff, request.locale);
    }
    case 'commit': {
      if (!session) throw new Error('nothing analysed to commit');
      const batch = await commitInventoryImport(store, { analysis: session.analysis, previewed: session.diff, fileName: session.fileName, operator: request.operator });
      session = undefined;
      return batch;
    }
    case 'errorWorkbook': {
      const analysis = session?.analysis;
      if (!analysis) throw new Error('nothing analysed');
      if (request.kind === 'communities' && analysis.communities) return buildErrorWorkbook(analysis.communities, communitiesMapping, request.locale);
      if (request.kind === 'estates' && analysis.estates) return buildErrorWorkbook(analysis.estates, estatesMapping, request.locale);
      throw new Error(`no ${request.kind} sheet analysed`);
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
