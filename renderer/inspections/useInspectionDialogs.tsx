import { useCallback, useState, type ReactNode } from 'react';
import type { Inspection } from '../../shared/inspections/inspection';
import { InspectionEntryModal, type EntryMode } from './entry/InspectionEntryModal';
import { InspectionDrawer } from './InspectionDrawer';
import { IssueNoticeModal } from './notice/IssueNoticeModal';
import { NoticeDrawer } from './notice/NoticeDrawer';
import { SurveyFormModal, type SurveyMode } from './survey/SurveyFormModal';

export interface InspectionDialogs {
  readonly openEntry: (estateId?: string) => void;
  readonly openInspection: (id: string) => void;
  readonly openNotice: (id: string) => void;
  readonly openSurvey: (mode: SurveyMode) => void;
  /** Render this once in the page that uses the dialogs. */
  readonly dialogs: ReactNode;
}

/**
 * The entry form, an inspection, a notice being issued, a notice, a survey: every page that
 * shows inspection records (the ledger, an estate, the home page) opens them the same way and
 * they lead into each other (save an inspection → see it → issue its notice → see the notice).
 */
export function useInspectionDialogs(): InspectionDialogs {
  const [entry, setEntry] = useState<EntryMode | null>(null);
  const [inspectionId, setInspectionId] = useState<string | null>(null);
  const [issuing, setIssuing] = useState<Inspection | null>(null);
  const [noticeId, setNoticeId] = useState<string | null>(null);
  const [survey, setSurvey] = useState<SurveyMode | null>(null);

  const openEntry = useCallback((estateId?: string) => setEntry({ kind: 'create', estateId }), []);
  const openSurvey = useCallback((mode: SurveyMode) => setSurvey(mode), []);

  const dialogs = (
    <>
      <InspectionEntryModal
        open={entry !== null}
        mode={entry ?? { kind: 'create' }}
        onClose={() => setEntry(null)}
        onSaved={(saved, next) => {
          // Saved and closed: show what was saved, where its notice is one click away.
          if (!next) setInspectionId(saved.id);
        }}
      />
      <InspectionDrawer
        inspectionId={inspectionId}
        onClose={() => setInspectionId(null)}
        actions={{
          onEdit: (inspection) => setEntry({ kind: 'edit', inspection }),
          onIssue: (inspection) => setIssuing(inspection),
          onOpenNotice: (id) => setNoticeId(id),
        }}
      />
      <IssueNoticeModal
        inspection={issuing}
        onClose={() => setIssuing(null)}
        onIssued={(notice) => {
          setIssuing(null);
          setNoticeId(notice.id);
        }}
      />
      <NoticeDrawer noticeId={noticeId} onClose={() => setNoticeId(null)} />
      <SurveyFormModal mode={survey} onClose={() => setSurvey(null)} />
    </>
  );

  return { openEntry, openInspection: setInspectionId, openNotice: setNoticeId, openSurvey, dialogs };
}
