import { useMessages } from '../i18n/I18nProvider';
import { useComplaintsOfInspection } from './complaintHooks';

/** "依据投诉件 投〔2024〕3号": what a notice (or an inspection) issued because of complaints cites. */
export function ComplaintCitation({ inspectionId, className }: { inspectionId: string | null; className?: string }) {
  const { complaints: t, domain } = useMessages();
  const complaints = useComplaintsOfInspection(inspectionId);
  if (!complaints || complaints.length === 0) return null;
  return (
    <span className={className} data-testid="complaint-citation">
      {t.detail.fromComplaint(complaints.map((c) => c.number).join(domain.enumeration))}
    </span>
  );
}
