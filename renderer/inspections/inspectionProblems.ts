import type { Problem } from '../../shared/common/problem';

/*
 * The refusals the inspection repositories add to the shared validators' own; field names
 * follow the forms and the labels in shared/i18n/domain.ts.
 */

export function unknownEstate(name: string): Problem {
  return { field: 'estateId', code: 'unknownEstate', params: { name } };
}

export function recordNotFound(field: 'inspection' | 'notice' | 'survey' | 'photo'): Problem {
  return { field, code: 'notFound' };
}

export function inspectionHasNotices(numbers: readonly string[]): Problem {
  return { field: 'inspection', code: 'inspectionHasNotices', params: { numbers } };
}

export function noticeNumberTaken(number: string): Problem {
  return { field: 'notice', code: 'noticeNumberTaken', params: { number } };
}

export function estateHasRecords(inspections: number, notices: number, surveys: number): Problem {
  return { field: 'estate', code: 'estateHasRecords', params: { inspections, notices, surveys } };
}
