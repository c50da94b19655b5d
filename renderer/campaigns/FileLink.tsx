import { Button } from 'antd';
import type { AttachmentRef } from '../../shared/campaigns';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { readCampaignFile } from './campaignFileRepository';

/** A kept file by its name: opens it in a new window (the browser or the system viewer). */
export function FileLink({ file }: { file: AttachmentRef }) {
  const db = useDb();
  const refusal = useRefusal();
  const open = () =>
    void refusal.run(async () => {
      const stored = await readCampaignFile(db, file.fileId);
      const url = URL.createObjectURL(stored.blob);
      window.open(url, '_blank', 'noopener');
      // The new window has the file by now; the URL need not outlive the click.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={open} data-testid={`file-${file.name}`}>
      {file.name}
    </Button>
  );
}
