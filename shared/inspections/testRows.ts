import type { Inspection } from './inspection';
import { uncheckedCategories } from './inspection';
import type { RectificationNotice } from './notice';
import type { AcceptanceSurvey } from './survey';

/*
 * Stored rows for the pure tests of lists and timelines; each test states the fields it is about
 * and takes plausible values for the rest.
 */

export function inspectionRow(overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: 'i1',
    estateId: 'e1',
    inspectedOn: '2024-03-15',
    time: '09:30',
    kind: 'spotCheck',
    inspectors: ['张敏'],
    categories: uncheckedCategories(),
    score: null,
    findings: '',
    photoCount: 0,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

export function noticeRow(overrides: Partial<RectificationNotice> = {}): RectificationNotice {
  return {
    id: 'n1',
    estateId: 'e1',
    inspectionId: 'i1',
    issuedOn: '2024-03-15',
    responsibleParty: '万科物业',
    items: [{ category: 'sanitation', text: '垃圾未清运' }],
    deadline: '2024-03-22',
    originalDeadline: '2024-03-22',
    status: 'pending',
    events: [],
    closedOn: null,
    year: 2024,
    serial: 1,
    number: '〔2024〕第1号',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}

export function surveyRow(overrides: Partial<AcceptanceSurvey> = {}): AcceptanceSurvey {
  return {
    id: 's1',
    estateId: 'e1',
    surveyedOn: '2024-05-01',
    surveyed: 100,
    satisfied: 90,
    note: '',
    threshold: 0.85,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
