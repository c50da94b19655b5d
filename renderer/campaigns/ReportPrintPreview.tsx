import { PrintPreview } from '../components/PrintPreview';
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

/** The report as it will print (see PrintPreview). */
export function ReportPrintPreview({ report, open, onClose }: { report: ProgressReport; open: boolean; onClose: () => void }) {
  const { campaigns: t } = useMessages();
  return (
    <PrintPreview open={open} title={t.print.preview} hint={t.print.hint} closeText={t.print.close} printText={t.print.print} testId="report" portalClassName="campaign-print-portal" onClose={onClose}>
      <ReportSheet report={report} />
    </PrintPreview>
  );
}
