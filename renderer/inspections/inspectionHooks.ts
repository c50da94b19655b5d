import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/inspections/inspection';
import type { RectificationNotice } from '../../shared/inspections/notice';
import type { AcceptanceSurvey } from '../../shared/inspections/survey';
import { useDb } from '../db/DbContext';
import { listPhotos } from './inspectionPhotoRepository';
import { getInspection, listInspectionsOfEstate, queryInspections, type InspectionQuery } from './inspectionRepository';
import type { InspectionPhoto } from './inspectionRows';
import { getNotice, listNoticesOfEstate, listNoticesOfInspection, listOverdueNotices, queryNotices, type NoticeQuery } from './noticeRepository';
import { listSurveys, listSurveysOfEstate } from './surveyRepository';
import { compositeKey } from '../../shared/common/compositeKey';

/*
 * Live reads of the inspection tables, as hooks.ts does for estates: `undefined` while the
 * first read is pending, then re-rendered whenever the rows read change.
 */

export function useInspection(id: string | undefined): Inspection | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id === undefined ? null : ((await getInspection(db, id)) ?? null)), [db, id]);
}

export function useInspectionsOfEstate(estateId: string): Inspection[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listInspectionsOfEstate(db, estateId), [db, estateId]);
}

export function useInspectionLedger(query: InspectionQuery): Inspection[] | undefined {
  const db = useDb();
  const { from, to, estateIds } = query;
  const key = estateIds === null ? null : compositeKey(...estateIds);
  // `key` stands for the estate ids by content: a new array with the same ids is the same query.
  return useLiveQuery(() => queryInspections(db, { from, to, estateIds }), [db, from, to, key]);
}

export function useNotice(id: string | undefined): RectificationNotice | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (id === undefined ? null : ((await getNotice(db, id)) ?? null)), [db, id]);
}

export function useNoticesOfEstate(estateId: string): RectificationNotice[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNoticesOfEstate(db, estateId), [db, estateId]);
}

export function useNoticesOfInspection(inspectionId: string): RectificationNotice[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listNoticesOfInspection(db, inspectionId), [db, inspectionId]);
}

export function useNoticeLedger(query: NoticeQuery): RectificationNotice[] | undefined {
  const db = useDb();
  const { from, to, estateIds, dateField } = query;
  const key = estateIds === null ? null : compositeKey(...estateIds);
  // `key` stands for the estate ids by content: a new array with the same ids is the same query.
  return useLiveQuery(() => queryNotices(db, { from, to, estateIds, dateField }), [db, from, to, key, dateField]);
}

export function useOverdueNotices(today: string): RectificationNotice[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listOverdueNotices(db, today), [db, today]);
}

export function useSurveysOfEstate(estateId: string): AcceptanceSurvey[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listSurveysOfEstate(db, estateId), [db, estateId]);
}

export function useSurveys(): AcceptanceSurvey[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listSurveys(db), [db]);
}

/** Photos with their Blobs: for one inspection's (or one draft's) own view only. */
export function usePhotos(ownerId: string | null): InspectionPhoto[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (ownerId === null ? [] : listPhotos(db, ownerId)), [db, ownerId]);
}
