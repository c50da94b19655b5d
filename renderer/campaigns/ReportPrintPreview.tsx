import { Button, Modal, Space, Typography } from 'antd';
import { createPortal } from 'react-dom';
import type { ProgressReport, ReportTable } from '../../shared/campaigns';
import { useMessages } from '../i18n/I18nProvider';
import './reportPrint.css';

function TableBlock({ table }: { table: ReportTable }) {
  return (
    <>
      <h2>{table.title}</h2>
      <table>
        <thead>
          <tr>{table.header.map((h) => <th key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => <td key={j}>{cell ?? ''}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The report as a printed page: the same lines as its workbook. */
export function ReportSheet({ report }: { report: ProgressReport }) {
  const { campaigns: t } = useMessages();
  return (
    <div className="campaign-report">
      <h1>{report.title}</h1>
      <div className="campaign-report-meta">
        <span>{report.reportingUnit}</span>
        <span>{report.asOf}</span>
      </div>
      <h2>{t.report.summarySheet}</h2>
      <table>
        <tbody>
          {report.summary.map(([k, v]) => (
            <tr key={k}>
              <th style={{ width: '25%' }}>{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {[report.tasks, report.returns, report.funds, report.goals].map((table) => <TableBlock key={table.title} table={table} />)}
    </div>
  );
}

/** The preview and the print button; while open a copy sits under <body> and only it prints. */
export function ReportPrintPreview({ report, open, onClose }: { report: ProgressReport; open: boolean; onClose: () => void }) {
  const { campaigns: t } = useMessages();
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
            <Button type="primary" onClick={() => window.print()} data-testid="report-print-now">{t.print.print}</Button>
          </Space>
        </Space>
      }
    >
      <div style={{ background: '#eee', padding: 16, overflow: 'auto', maxHeight: '70vh' }} data-testid="report-print-preview">
        <div style={{ boxShadow: '0 0 6px rgba(0,0,0,.3)', width: 'fit-content', margin: '0 auto' }}>
          <ReportSheet report={report} />
        </div>
      </div>
      {open && createPortal(<div className="print-portal campaign-print-portal" data-testid="report-print-portal"><ReportSheet report={report} /></div>, document.body)}
    </Modal>
  );
}
