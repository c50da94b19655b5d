import { codeCell, textCell, type OutCell } from '../exchange/export/cells';
import type { RecordMapping } from '../exchange/mapping';
import { companiesMapping, type CompanyRow } from './companyMapping';
import type { Company } from './company';
import { companyMessages } from './messages';

/**
 * The company register (企业名录) as a table under the mapping's own headers: what the full
 * workbook writes and exactly what the import reads back. Chinese whatever the UI language.
 */
const zh = companyMessages['zh-CN'];

function headerOf(mapping: RecordMapping<unknown>): string[] {
  return mapping.fields.map((f) => f.synonyms[0]);
}

export function companyCells(c: CompanyRow): OutCell[] {
  return [
    textCell(c.name),
    textCell(c.aliases.join('、')),
    codeCell(c.creditCode),
    textCell(c.qualification),
    textCell(c.legalRepresentative),
    textCell(c.contact),
    codeCell(c.phone),
    textCell(c.address),
    textCell(c.notes),
    textCell(c.listing === 'none' ? '' : zh.listing[c.listing]),
  ];
}

export function companyRegisterRows(companies: readonly Company[]): OutCell[][] {
  return [headerOf(companiesMapping).map(textCell), ...companies.map(companyCells)];
}
