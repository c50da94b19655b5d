import { NO_INSPECTION_FILTER, NO_NOTICE_FILTER, NO_SURVEY_FILTER, type InspectionFilter, type NoticeFilter, type SurveyFilter } from '../../shared/inspections/ledgerFilter';
import type { LedgerQuery } from '../app/ledgerQuery';

/*
 * The filters a ledger opens with from a route's query (a chart's bar, a search hit). One place,
 * so what a bar asks for and what the ledger shows are read the same way (and tested so).
 */

export function inspectionFilterOfQuery(query: LedgerQuery | undefined): InspectionFilter {
  return { ...NO_INSPECTION_FILTER, from: query?.from ?? '', to: query?.to ?? '', communityIds: query?.communityIds ?? [], kinds: query?.kinds ?? [] };
}

export function noticeFilterOfQuery(query: LedgerQuery | undefined): NoticeFilter {
  return {
    ...NO_NOTICE_FILTER,
    from: query?.from ?? '',
    to: query?.to ?? '',
    communityIds: query?.communityIds ?? [],
    statuses: query?.statuses ?? [],
    dateField: query?.noticeDate ?? NO_NOTICE_FILTER.dateField,
  };
}

export function surveyFilterOfQuery(query: LedgerQuery | undefined): SurveyFilter {
  return { ...NO_SURVEY_FILTER, from: query?.from ?? '', to: query?.to ?? '', communityIds: query?.communityIds ?? [], outcomes: query?.outcomes ?? [] };
}
