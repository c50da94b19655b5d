import { App as AntApp, Button, Modal, Space, Typography } from 'antd';
import { createPortal } from 'react-dom';
import type { RectificationNotice } from '../../../shared/inspections/notice';
import { useCommunity, useEstate } from '../../estates/ui';
import { useInspection } from '../inspectionHooks';
import { useMessages } from '../../i18n/I18nProvider';
import { usePlatform } from '../../platform/PlatformContext';
import { NoticeSheet } from './NoticeSheet';
import { useRefusal } from '../../components/useRefusal';

/**
 * The notice as it will print, and the print button. The browser's (or Electron's) own print
 * dialog does the rest; the desktop app also saves the A4 page as a PDF directly (the main
 * process prints the page to PDF and writes it where the user says). While the preview is open
 * a second copy of the sheet sits directly under <body>, and the print style sheet shows only
 * that copy.
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
    <Modal
      open={open}
      title={t.print.preview}
      onCancel={onClose}
      width={880}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">{t.print.hint}</Typography.Text>
          <Space>
            <Button onClick={onClose}>{t.print.close}</Button>
            {platform.kind === 'electron' && (
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
            )}
            <Button type="primary" onClick={() => window.print()} data-testid="notice-print-now">{t.print.print}</Button>
          </Space>
        </Space>
      }
    >
      <div style={{ background: '#eee', padding: 16, overflow: 'auto', maxHeight: '70vh' }} data-testid="notice-print-preview">
        <div style={{ boxShadow: '0 0 6px rgba(0,0,0,.3)', width: 'fit-content', margin: '0 auto' }}>{sheet}</div>
      </div>
      {open && createPortal(<div className="print-portal notice-print-portal" data-testid="notice-print-portal">{sheet}</div>, document.body)}
    </Modal>
  );
}
