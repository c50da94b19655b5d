import { DomainError, type Problem, type Validated } from '../../shared/common/problem';

/*
 * The refusals the repositories add to the shared validators' own. Field names follow the
 * form fields and locale labels in shared/i18n/domain.ts.
 */

export function duplicateName(name: string, community: string): Problem {
  return { field: 'name', code: 'duplicateName', params: { name, community } };
}

/** Community names are unique in the street, so the message names no parent. */
export function duplicateCommunityName(name: string): Problem {
  return { field: 'name', code: 'duplicateCommunityName', params: { name } };
}

export function unknownCommunity(name: string): Problem {
  return { field: 'communityId', code: 'unknownCommunity', params: { name } };
}

export function communityHasEstates(count: number): Problem {
  return { field: 'community', code: 'communityHasEstates', params: { count } };
}

export function notFound(field: 'community' | 'estate' | 'batch'): Problem {
  return { field, code: 'notFound' };
}

export function refuse(...problems: Problem[]): never {
  throw new DomainError(problems);
}

/** A validator's value, or its problems refused: how every repository starts a write. */
export function validOrRefuse<T>(result: Validated<T>): T {
  if (!result.ok) throw new DomainError(result.problems);
  return result.value;
}

/** IndexedDB's unique-index violation, as Dexie reports it (inside or outside a transaction). */
export function isConstraintError(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConstraintError';
}

/**
 * The unique indexes are the last guard behind the repositories' own checks (a write that
 * bypasses them, say a future import path, still cannot store a second "万科a区"); their
 * ConstraintError reaches the caller as the same duplicateName a form shows.
 */
export async function guardUnique<T>(write: () => Promise<T>, clash: () => Problem): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isConstraintError(error)) refuse(clash());
    throw error;
  }
}
