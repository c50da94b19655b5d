import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { committeeMessages } from '../committees/messages';
import { inspectionMessages } from '../inspections/messages';
import { uiMessages } from '../i18n/ui';
import { LOCALES } from '../i18n/locale';
import { ipcContract } from '../ipc/contract';
import { MAX_FILE_NAME_LENGTH, safeFileName } from './fileName';

describe('safeFileName', () => {
  it('replaces what Windows refuses, separators included, and keeps Chinese text', () => {
    expect(safeFileName('牌楼街道 2024年 小区汇总.xlsx')).toBe('牌楼街道 2024年 小区汇总.xlsx');
    expect(safeFileName('城关镇/城关街道\\一期.xlsx')).toBe('城关镇_城关街道_一期.xlsx');
    expect(safeFileName('a|b"c\u0001.xlsx')).toBe('a_b_c_.xlsx');
    expect(safeFileName('报告. . ')).toBe('报告');
    expect(safeFileName('...')).toBe('_');
  });

  it('always gives a bare name the contract accepts', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400, unit: 'grapheme' }), (name) => {
        const safe = safeFileName(name);
        expect(safe).not.toMatch(/[\\/]/);
        expect([...safe].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(safe.length).toBeGreaterThan(0);
      }),
    );
  });
});

/** Every name an export suggests, built from a street whose name holds a slash. */
const STREET = '城关镇/城关街道';
const DATE = '2024-06-30';
for (const locale of LOCALES) {
  const ui = uiMessages[locale];
  const inspections = inspectionMessages[locale];
  const exportNames: [string, string][] = [
    ['full workbook', ui.exchangePage.fullFileName(STREET, DATE)],
    ['district table', ui.exchangePage.districtFileName(STREET, DATE)],
    ['estates CSV', ui.exchangePage.estatesCsvFileName(STREET, DATE)],
    ['error workbook', ui.exchangePage.errorFileName(`${STREET}.xlsx`)],
    ['committee coverage', committeeMessages[locale].report.fileName(STREET, DATE)],
    ['inspection ledger', inspections.report.inspectionFile(STREET, DATE)],
    ['notice ledger', inspections.report.noticeFile(STREET, DATE)],
    ['survey ledger', inspections.report.surveyFile(STREET, DATE)],
    ['notice PDF', inspections.print.pdfName('〔2024〕第1号', '城关/一期')],
  ];
  describe(`every export's suggested name (${locale})`, () => {
    for (const [what, name] of exportNames) {
      it(`${what}: cleaned the same by the renderer and by the contract`, () => {
        const cleaned = safeFileName(name);
        expect(cleaned).not.toMatch(/[\\/]/);
        expect(cleaned).toContain(what === 'notice PDF' ? '城关_一期' : '城关镇_城关街道');
        const request = { suggestedName: name, data: new Uint8Array([1]), filters: [] };
        expect(ipcContract.saveFile.input.parse(request).suggestedName).toBe(cleaned);
        expect(ipcContract.saveFile.input.parse({ ...request, suggestedName: cleaned }).suggestedName).toBe(cleaned);
        expect(ipcContract.saveAsPdf.input.parse({ suggestedName: name }).suggestedName).toBe(cleaned);
      });
    }
  });
}
