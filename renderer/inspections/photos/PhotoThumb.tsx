import { Modal } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { InspectionPhoto } from '../inspectionRows';

/**
 * An <img> showing a Blob. The object URL is made and revoked by the effect itself (an outside
 * resource synchronised with the Blob), so no URL outlives the element.
 */
function BlobImage({ blob, alt, style, testId, onClick }: { blob: Blob; alt: string; style: React.CSSProperties; testId?: string; onClick?: () => void }) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (ref.current) ref.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return <img ref={ref} alt={alt} style={style} data-testid={testId} onClick={onClick} />;
}

/** A thumbnail that opens the stored (downscaled) photo on click. */
export function PhotoThumb({ photo, size = 96 }: { photo: InspectionPhoto; size?: number }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <BlobImage
        blob={photo.thumbnail}
        alt={photo.name}
        testId={`photo-${photo.name}`}
        style={{ width: size, height: size, objectFit: 'cover', borderRadius: 4, cursor: 'zoom-in', background: '#f5f5f5' }}
        onClick={() => setOpen(true)}
      />
      <Modal open={open} footer={null} title={photo.name} onCancel={() => setOpen(false)} width={Math.min(1000, photo.width || 1000) + 48} destroyOnHidden>
        <BlobImage blob={photo.blob} alt={photo.name} style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }} />
      </Modal>
    </>
  );
}
