import type { Validated } from '../common/problem';
import { NAME_MAX_LENGTH } from '../estates';
import { Problems } from './fieldParsers';
import { isInspectionCategory } from './kinds';
import type { NoticeFields, NoticeItem } from './notice';
import { NOTE_MAX_LENGTH } from './validateInspection';

export interface NoticeItemDraft {
  readonly category?: unknown;
  readonly text?: unknown;
}

export interface NoticeDraft {
  readonly estateId?: unknown;
  readonly inspectionId?: unknown;
  readonly issuedOn?: unknown;
  readonly responsibleParty?: unknown;
  readonly items?: readonly NoticeItemDraft[];
  readonly deadline?: unknown;
}

export const MAX_NOTICE_ITEMS = 20;

function readItems(problems: Problems, drafts: readonly NoticeItemDraft[]): NoticeItem[] {
  const items: NoticeItem[] = [];
  for (const draft of drafts) {
    const text = problems.paragraph('items', draft.text, { max: NOTE_MAX_LENGTH });
    // A blank line in the list is a row the clerk did not use, not a problem.
    if (text === '') continue;
    const category = typeof draft.category === 'string' && isInspectionCategory(draft.category) ? draft.category : 'other';
    items.push({ category, text });
  }
  if (items.length === 0) problems.add('items', 'noItems');
  if (items.length > MAX_NOTICE_ITEMS) problems.add('items', 'tooMany', { max: MAX_NOTICE_ITEMS });
  return items;
}

/** A notice about to be issued. Its number is given by the repository when it is stored. */
export function validateNotice(draft: NoticeDraft): Validated<NoticeFields> {
  const problems = new Problems();
  const estateId = typeof draft.estateId === 'string' ? draft.estateId : '';
  if (estateId === '') problems.add('estateId', 'required');
  const inspectionId = typeof draft.inspectionId === 'string' && draft.inspectionId !== '' ? draft.inspectionId : null;
  const issuedOn = problems.date('issuedOn', draft.issuedOn, { required: true });
  const responsibleParty = problems.text('responsibleParty', draft.responsibleParty, { required: true, max: NAME_MAX_LENGTH });
  const items = readItems(problems, draft.items ?? []);
  const deadline = problems.date('deadline', draft.deadline, { required: true });
  // The deadline may be the issue day itself (立即整改), never before it.
  if (issuedOn !== null && deadline !== null && deadline < issuedOn) problems.add('deadline', 'dateTooEarly', { earliest: issuedOn });
  return problems.result({ estateId, inspectionId, issuedOn: issuedOn ?? '', responsibleParty, items, deadline: deadline ?? '' });
}
