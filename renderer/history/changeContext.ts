import { Dexie } from 'dexie';
import type { ChangeAuthor } from '../../shared/history/fieldHistory';

/*
 * Who is changing the records and why, for the field history the database writes by itself
 * (historyMiddleware.ts). A write reaches the middleware as a low-level request that knows its
 * IndexedDB transaction and nothing else, so the author is kept per transaction: a repository
 * or an import names it at the start of its transaction, and every entry that transaction
 * writes carries it.
 */

const authors = new WeakMap<object, Partial<ChangeAuthor>>();
const operators = new WeakMap<Dexie, string>();

/**
 * Names the author of the writes of the transaction in progress. Fields left out keep what an
 * outer call gave (an import's batch inside the exchange commit) or their defaults.
 */
export function describeChange(author: Partial<ChangeAuthor>): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('describeChange outside a transaction');
  const key = transaction.idbtrans as object;
  authors.set(key, { ...authors.get(key), ...author });
}

/**
 * The person at this window (the settings' 操作人), for writes whose transaction names no
 * operator: typing a note in a form should not have to pass the name through every call.
 */
export function setOperator(db: Dexie, operator: string): void {
  operators.set(db, operator);
}

export function authorOf(db: Dexie, transaction: object): ChangeAuthor {
  const given = authors.get(transaction) ?? {};
  return {
    operator: given.operator ?? operators.get(db) ?? '',
    reason: given.reason ?? '',
    cause: given.cause ?? 'edit',
    batchId: given.batchId ?? null,
  };
}

/** Names an import batch as the author of what its transaction writes: the file is the reason. */
export function describeImport(batchId: string, input: { readonly fileName: string; readonly operator: string }): void {
  describeChange({ operator: input.operator, reason: input.fileName, cause: 'import', batchId });
}
