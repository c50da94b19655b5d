import type { Problem } from '../../shared/common/problem';

/* The refusals the campaign repositories add to the shared validators' own. */

export function campaignNotFound(field: 'campaign' | 'task' | 'return' | 'filing' | 'fund' | 'payment' | 'file'): Problem {
  return { field, code: 'notFound' };
}

export function duplicateCampaign(name: string, year: number): Problem {
  return { field: 'name', code: 'duplicateCampaign', params: { name, year } };
}

export function duplicateTitle(title: string): Problem {
  return { field: 'title', code: 'duplicateTitle', params: { title } };
}

export function campaignHasRecords(count: number): Problem {
  return { field: 'campaign', code: 'campaignHasRecords', params: { count } };
}

export function paymentNeedsAcceptance(estate: string): Problem {
  return { field: 'stage', code: 'paymentNeedsAcceptance', params: { estate } };
}

export function exceedsShare(share: number): Problem {
  return { field: 'amount', code: 'exceedsShare', params: { share } };
}

export function duplicateFiling(party: string): Problem {
  return { field: 'party', code: 'duplicateFiling', params: { party } };
}

export function unknownEstateId(id: string): Problem {
  return { field: 'estateId', code: 'unknownEstate', params: { name: id } };
}
