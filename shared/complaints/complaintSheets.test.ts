import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { exportFullWorkbook } from '../exchange/export/fullWorkbook';
import { exportComplaintLedger, exportComplaintSummary } from './complaintSheets';
import { DEFAULT_COMPLAINT_RULES } from './deadlineRules';
import { monthlySummary } from './monthlySummary';
import { complaintRecord } from './testComplaints';

const PHONE = '13800000001';
const complaints = [
  complaintRecord({ complainantPhone: PHONE, complainantName: '王小明', complainantAddress: `3栋 ${PHONE}`, content: `请回电 ${PHONE}`, reply: `已电话 ${PHONE} 联系` }),
  complaintRecord({ id: 'c-2', serial: 2, number: '投〔2024〕2号', complainantPhone: '023-62881234', complainantName: '欧阳小小' }),
];
const places = { communities: [{ id: 'k-1', name: '太平社区' }], estates: [{ id: 'e-1', name: '万科a区', communityId: 'k-1' }] };
const heading = { streetName: '牌楼街道', date: '2024-03-20' };

function text(bytes: Uint8Array): string {
  const book = XLSX.read(bytes, { type: 'array' });
  return book.SheetNames.map((name) => JSON.stringify(XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1 }))).join('\n');
}

/** Every export that carries complaints, as the app writes it unless the clerk chose to show complainants. */
const EXPORTS: readonly [string, () => Uint8Array][] = [
  ['the ledger', () => exportComplaintLedger(heading, places, complaints, DEFAULT_COMPLAINT_RULES, 'masked')],
  ['the ledger in English', () => exportComplaintLedger(heading, places, complaints, DEFAULT_COMPLAINT_RULES, 'masked', 'en')],
  ['the full workbook', () => exportFullWorkbook({ communities: [], estates: [], complaints })],
  ['the monthly summary', () => exportComplaintSummary(heading, monthlySummary(complaints, '2024-03', '2024-03-20', DEFAULT_COMPLAINT_RULES, ['k-1']), () => '太平社区')],
];

describe('no export carries a complainant’s phone or name unmasked', () => {
  it.each(EXPORTS)('%s', (_, build) => {
    const all = text(build());
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain('62881234');
    expect(all).not.toContain('王小明');
    expect(all).not.toContain('欧阳小小');
  });

  it('shows them in full only when asked', () => {
    const all = text(exportComplaintLedger(heading, places, complaints, DEFAULT_COMPLAINT_RULES, 'shown'));
    expect(all).toContain(PHONE);
    expect(all).toContain('王小明');
    expect(text(exportFullWorkbook({ communities: [], estates: [], complaints, personalView: 'shown' }))).toContain(PHONE);
  });
});
