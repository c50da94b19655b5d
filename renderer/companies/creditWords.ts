import { formatRate } from '../../shared/inspections';
import type { CreditEvent } from '../../shared/companies';
import type { Messages } from '../../shared/i18n/catalogs';

/** What an event rests on, in the window's language. */
export function evidenceOf(event: CreditEvent, m: Messages): string {
  const t = m.companies.evidence;
  const e = event.evidence;
  const base =
    e.text !== undefined ? e.text
      : e.score !== undefined ? t.assessment(e.estate ?? '', e.score)
        : e.rate !== undefined ? t.survey(e.estate ?? '', formatRate(e.rate))
          : t.notice(e.estate ?? '', e.notice ?? '');
  return e.escalation !== undefined ? t.escalated(base, m.companies.escalation[e.escalation]) : base;
}
