import { Button, Modal, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

/**
 * A page as it will print, and the print button; the browser's (or Electron's) print dialog does
 * the rest. While open, a second copy of the page sits directly under <body> in a `.print-portal`,
 * and the print style sheet shows only that copy. `actions` go before the print button.
 */
export function PrintPreview({ open, title, hint, closeText, printText, testId, portalClassName, actions, onClose, children }: {
  open: boolean;
  title: string;
  hint: string;
  closeText: string;
  printText: string;
  /** Names the preview (`${testId}-print-preview`), its portal and its print button. */
  testId: string;
  /** The page's own class for its copy under <body> (hidden on screen by the page's style sheet). */
  portalClassName: string;
  actions?: ReactNode;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={880}
      destroyOnHidden
      footer={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <Typography.Text type="secondary">{hint}</Typography.Text>
          <Space>
            <Button onClick={onClose}>{closeText}</Button>
            {actions}
            <Button type="primary" onClick={() => window.print()} data-testid={`${testId}-print-now`}>{printText}</Button>
          </Space>
        </Space>
      }
    >
      <div style={{ background: '#eee', padding: 16, overflow: 'auto', maxHeight: '70vh' }} data-testid={`${testId}-print-preview`}>
        <div style={{ boxShadow: '0 0 6px rgba(0,0,0,.3)', width: 'fit-content', margin: '0 auto' }}>{children}</div>
      </div>
      {open && createPortal(<div className={`print-portal ${portalClassName}`} data-testid={`${testId}-print-portal`}>{children}</div>, document.body)}
    </Modal>
  );
}
