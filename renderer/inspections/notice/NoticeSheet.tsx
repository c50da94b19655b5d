import type { Estate } from '../../../shared/estates';
import type { Inspection } from '../../../shared/inspections/inspection';
import type { RectificationNotice } from '../../../shared/inspections/notice';
import { useMessages } from '../../i18n/I18nProvider';
import { useSettings } from '../../settings/SettingsProvider';
import { ComplaintCitation } from '../../complaints/ui';
import './noticePrint.css';

/**
 * The notice on an A4 sheet in the official layout: the office's name in red over a red rule,
 * the title and number, the addressee, what was found, the items, the deadline and what
 * follows if it is missed, the office's signature and date with room for the seal, and a
 * receipt line for the company.
 */
export function NoticeSheet({ notice, estate, communityName, inspection }: {
  notice: RectificationNotice;
  estate: Estate | undefined;
  communityName: string;
  inspection: Inspection | null | undefined;
}) {
  const { inspections: t } = useMessages();
  const { settings } = useSettings();
  const office = t.print.office(settings.streetName);
  const found = inspection ?? null;
  return (
    <article className="notice-sheet" data-testid="notice-sheet">
      <header className="notice-sheet-office" data-testid="notice-sheet-office">{office}</header>
      <div className="notice-sheet-rule" />
      <h1 className="notice-sheet-title">{t.print.docTitle}</h1>
      <div className="notice-sheet-number" data-testid="notice-sheet-number">{notice.number}</div>
      <div className="notice-sheet-number"><ComplaintCitation inspectionId={notice.inspectionId} /></div>
      <p className="notice-sheet-addressee">{t.print.addressee(notice.responsibleParty)}</p>
      <p className="notice-sheet-paragraph">
        {t.print.opening(communityName, estate?.name ?? '', t.longDate(found?.inspectedOn ?? notice.issuedOn), found ? t.kind[found.kind] : t.print.anyCheck)}
      </p>
      <ol className="notice-sheet-items" data-testid="notice-sheet-items">
        {notice.items.map((item, index) => (
          <li key={index}>
            <span className="notice-sheet-category">【{t.category[item.category]}】</span>
            {item.text}
          </li>
        ))}
      </ol>
      <p className="notice-sheet-paragraph" data-testid="notice-sheet-deadline">{t.print.demand(t.longDate(notice.deadline))}</p>
      <div className="notice-sheet-signature">
        <div>{office}{t.print.seal}</div>
        <div data-testid="notice-sheet-date">{t.longDate(notice.issuedOn)}</div>
      </div>
      <div className="notice-sheet-receipt">
        <span>{t.print.receiver}</span>
        <span>{t.print.receivedOn}</span>
      </div>
      <p className="notice-sheet-copies">{t.print.copies}</p>
    </article>
  );
}
