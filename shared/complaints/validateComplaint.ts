import type { Validated } from '../common/problem';
import { Problems, parseTimeOfDay } from '../inspections';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_PARTIES,
  type ComplaintCategory,
  type ComplaintChannel,
  type ComplaintFields,
  type ComplaintParty,
} from './complaint';

/** What the intake form (or an import row, once its names are resolved) gives. */
export interface ComplaintDraft {
  readonly receivedOn?: unknown;
  readonly receivedAt?: unknown;
  readonly channel?: unknown;
  readonly workOrderNumber?: unknown;
  readonly hotlineDeadline?: unknown;
  readonly complainantName?: unknown;
  readonly complainantPhone?: unknown;
  readonly complainantAddress?: unknown;
  readonly estateId?: string | null;
  readonly communityId?: string | null;
  readonly against?: unknown;
  readonly againstName?: unknown;
  readonly category?: unknown;
  readonly content?: unknown;
}

function oneOf<T extends string>(list: readonly T[], value: unknown): T | undefined {
  return list.find((item) => item === value);
}

export function validateComplaint(draft: ComplaintDraft): Validated<ComplaintFields> {
  const problems = new Problems();
  const receivedOn = problems.date('receivedOn', draft.receivedOn, { required: true });
  const time = parseTimeOfDay(draft.receivedAt ?? '');
  if (!time.ok) problems.add('receivedAt', 'notATime', { value: String(draft.receivedAt) });
  const channel = oneOf<ComplaintChannel>(COMPLAINT_CHANNELS, draft.channel);
  if (channel === undefined) problems.add('channel', 'unknownComplaintChannel', { value: String(draft.channel ?? '') });
  const workOrderNumber = problems.text('workOrderNumber', draft.workOrderNumber, { max: 60 });
  if (channel === 'hotline' && workOrderNumber === '') problems.add('workOrderNumber', 'required');
  const hotlineDeadline = problems.date('hotlineDeadline', draft.hotlineDeadline);
  if (hotlineDeadline !== null && receivedOn !== null && hotlineDeadline < receivedOn) problems.add('hotlineDeadline', 'dateTooEarly', { earliest: receivedOn });
  const complainantName = problems.text('complainantName', draft.complainantName, { max: 50 });
  const complainantPhone = problems.text('complainantPhone', draft.complainantPhone, { max: 40 });
  const complainantAddress = problems.text('complainantAddress', draft.complainantAddress, { max: 200 });
  const against = oneOf<ComplaintParty>(COMPLAINT_PARTIES, draft.against ?? 'company');
  if (against === undefined) problems.add('against', 'unknownComplaintParty', { value: String(draft.against) });
  const againstName = problems.text('againstName', draft.againstName, { max: 100 });
  const category = oneOf<ComplaintCategory>(COMPLAINT_CATEGORIES, draft.category);
  if (category === undefined) problems.add('category', 'unknownComplaintCategory', { value: String(draft.category ?? '') });
  const content = problems.paragraph('content', draft.content, { required: true, max: 4000 });
  return problems.result({
    receivedOn: receivedOn ?? '',
    receivedAt: time.ok ? time.value : '',
    channel: channel ?? 'other',
    workOrderNumber,
    hotlineDeadline: channel === 'hotline' ? hotlineDeadline : null,
    complainantName,
    complainantPhone,
    complainantAddress,
    estateId: draft.estateId ?? null,
    communityId: draft.communityId ?? null,
    against: against ?? 'company',
    againstName,
    category: category ?? 'other',
    content,
  });
}
