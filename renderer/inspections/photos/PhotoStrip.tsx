import { Button, Space, Spin, Typography } from 'antd';
import { isDomainError } from '../../../shared/common/problem';
import { useRef, useState } from 'react';
import { useDb } from '../../db/DbContext';
import { usePhotos } from '../inspectionHooks';
import { addPhoto, removePhoto } from '../inspectionPhotoRepository';
import { useMessages } from '../../i18n/I18nProvider';
import { PhotoThumb } from './PhotoThumb';
import { preparePhoto } from './preparePhoto';
import { useRefusal } from '../../components/useRefusal';

/**
 * The photos of an inspection (or of the entry form's draft): thumbnails, a button to add
 * more from the disk or the camera roll, and a remove button on each when editable. Each photo
 * is stored as soon as it is picked, so closing the window loses none of them.
 */
export function PhotoStrip({ ownerId, editable, onAdded }: { ownerId: string; editable: boolean; onAdded?: () => void }) {
  const { inspections: t } = useMessages();
  const refusal = useRefusal();
  const db = useDb();
  const photos = usePhotos(ownerId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const add = async (files: readonly File[]) => {
    setBusy(true);
    try {
      for (const file of files) {
        try {
          await addPhoto(db, ownerId, await preparePhoto(file));
        } catch (error) {
          if (!isDomainError(error)) throw error;
          refusal.show(error);
        }
      }
      onAdded?.();
    } catch (error) {
      refusal.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap align="start" data-testid="photo-strip">
      {(photos ?? []).map((photo) => (
        <Space key={photo.id} orientation="vertical" size={2} align="center">
          <PhotoThumb photo={photo} />
          {editable && (
            <Button size="small" type="link" danger data-testid={`photo-remove-${photo.name}`} onClick={() => void removePhoto(db, photo.id)}>
              {t.entry.removePhoto}
            </Button>
          )}
        </Space>
      ))}
      {editable && (
        <>
          <Button onClick={() => input.current?.click()} disabled={busy} data-testid="photo-add">
            {t.entry.addPhotos}
          </Button>
          <input
            ref={input}
            type="file"
            accept="image/*"
            multiple
            style={{ display: 'none' }}
            data-testid="photo-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) void add(files);
            }}
          />
        </>
      )}
      {busy && <Spin size="small" />}
      {busy && <Typography.Text type="secondary">{t.entry.photoProcessing}</Typography.Text>}
      {!editable && photos?.length === 0 && <Typography.Text type="secondary">{t.detail.noPhotos}</Typography.Text>}
    </Space>
  );
}
