import type { BatchKind } from '../../shared/exchange/recordKind';
import { committeeImport, preparationImport } from '../committees';
import { inventoryImport } from '../estates';
import { inspectionImport, noticeImport, surveyImport } from '../inspections';
import { campaignImport } from '../campaigns';
import { complaintImport } from '../complaints';
import { creditImport } from '../companies';
import type { ImportUnit } from './importCommit';

/**
 * Every batch kind's part of the import, in write order: the inventory first, so terms and
 * inspections may name estates the same file adds. A function, not a constant: the domains'
 * modules import the skeleton, and a constant here would be read before they are done loading.
 */
export function importUnits(): readonly ImportUnit[] {
  const units = {
    inventory: inventoryImport, committees: committeeImport, inspections: inspectionImport, preparation: preparationImport, surveys: surveyImport, notices: noticeImport, complaints: complaintImport, campaigns: campaignImport, credit: creditImport,
  } satisfies Record<BatchKind, ImportUnit>;
  return [units.inventory, units.committees, units.inspections, units.preparation, units.surveys, units.notices, units.complaints, units.campaigns, units.credit];
}
