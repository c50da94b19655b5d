import { useMemo } from 'react';
import { groupByEstate, NO_RECORDS } from '../../shared/committees/records';
import { committeeStatus, type CommitteeStatus, type StatusRules } from '../../shared/committees/status';
import type { CommitteeTerm } from '../../shared/committees/types';
import { useAllCommitteeRecords } from './committeeHooks';
import type { CommitteeRecords } from './committeeQueries';
import { useSettings } from '../settings/SettingsProvider';
import { todayIso } from './formDates';

export interface CommitteeStatuses {
  readonly date: string;
  /** Every estate's status on `date`; an estate with no records is 未组建. */
  of(estateId: string): CommitteeStatus<CommitteeTerm>;
}

/** Every estate's status on `day` from the committee records, each worked out once when first asked. */
export function committeeStatusesOn(records: CommitteeRecords, day: string, rules: StatusRules): CommitteeStatuses {
  const byEstate = groupByEstate(records.groups, records.meetings, records.terms);
  const cache = new Map<string, CommitteeStatus<CommitteeTerm>>();
  return {
    date: day,
    of(estateId) {
      let status = cache.get(estateId);
      if (!status) {
        status = committeeStatus(byEstate.get(estateId) ?? NO_RECORDS, day, rules);
        cache.set(estateId, status);
      }
      return status;
    },
  };
}

/**
 * Statuses of every estate on `date` (default today), with the warning window from the
 * settings. `undefined` while the records load.
 */
export function useCommitteeStatuses(date?: string): CommitteeStatuses | undefined {
  const records = useAllCommitteeRecords();
  const { settings } = useSettings();
  const day = date ?? todayIso();
  const months = settings.termExpiryWarningMonths;
  return useMemo(() => (records ? committeeStatusesOn(records, day, { termExpiryWarningMonths: months }) : undefined), [records, day, months]);
}
