import { App as AntApp, Button } from 'antd';
import { PrintPreview } from '../../components/PrintPreview';
import type { RectificationNotice } from '../../../shared/inspections/notice';
import { useCommunity, useEstate } from '../../estates/ui';
import { useInspection } from '../inspectionHooks';
import { useMessages } from '../../i18n/I18nProvider';
import { usePlatform } from '../../platform/PlatformContext';
import { NoticeSheet } from './NoticeSheet';
import { useRefusal } from '../../components/useRefusal';

/**
 * The notice as it will print (see PrintPreview); the desktop app also saves the A4 page as a
 * PDF directly (the main process prints the page to PDF and writes it where the user says).
 */
export function NoticePrintPreview({ notice, open, onClose }: { notice: RectificationNotice; open: boolean; onClose: () => void }) {
  const { inspections: t } = useMessages();
  const refusal = useRefusal();
  const platform = usePlatform();
  const { message } = AntApp.useApp();
  const estate = useEstate(notice.estateId);
  const community = useCommunity(estate?.communityId);
  const inspection = useInspection(notice.inspectionId ?? undefined);
  const sheet = <NoticeSheet notice={notice} estate={estate ?? undefined} communityName={community?.name ?? ''} inspection={inspection} />;
  return (
    <PrintPreview
      open={open}
      title={t.print.preview}
      hint={t.print.hint}
      closeText={t.print.close}
      printText={t.print.print}
      testId="notice"
      portalClassName="notice-print-portal"
      onClose={onClose}
      actions={
        platform.kind === 'electron' && (
          <Button
            data-testid="notice-save-pdf"
            onClick={async () => {
              try {
                const saved = await platform.saveAsPdf(t.print.pdfName(notice.number, estate?.name ?? ''));
                if (saved.status === 'saved') void message.success(t.print.pdfSaved(saved.path));
              } catch (error) {
                refusal.show(error);
              }
            }}
          >
            {t.print.savePdf}
          </Button>
        )
      }
    >
      {sheet}
    </PrintPreview>
  );
}
