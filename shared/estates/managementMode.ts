import { cleanText } from '../common/text';

/** The six management modes of plan 3, by stable code; labels live in the locale files. */
export const MANAGEMENT_MODES = [
  'market',
  'employer',
  'streetCentre',
  'owners',
  'unmanaged',
  'affordable',
] as const;
export type ManagementMode = (typeof MANAGEMENT_MODES)[number];
export type ManagementModeCode = ManagementMode | 'unspecified';
export const MANAGEMENT_MODE_CODES: readonly ManagementModeCode[] = [...MANAGEMENT_MODES, 'unspecified'];

const SPELLINGS: Readonly<Record<ManagementMode, readonly string[]>> = {
  // Matching data, not UI words: what clerks and offices write, read in every locale (issue 8).
  market: ['市场化物业服务', '市场化物业', '市场化', '物业公司', '物业服务企业', '专业物业'],
  employer: ['单位自管', '单位管理', '产权单位自管'],
  streetCentre: ['街道物业服务中心托管', '街道托管', '物业服务中心托管', '托管'],
  owners: ['业主自管', '业主自治', '自管'],
  unmanaged: ['失管/弃管', '失管', '弃管', '失管弃管', '无物业', '无人管理'],
  affordable: ['经济适用房', '经适房', '经济适用住房'],
};

const BY_SPELLING = new Map<string, ManagementMode>(
  MANAGEMENT_MODES.flatMap((mode) => SPELLINGS[mode].map((s) => [s.replace(/[\s/、]/g, ''), mode] as const)),
);

export function isManagementModeCode(value: string): value is ManagementModeCode {
  return (MANAGEMENT_MODE_CODES as readonly string[]).includes(value);
}

export type ParsedManagementMode =
  | { readonly ok: true; readonly value: ManagementModeCode }
  | { readonly ok: false };

export function parseManagementMode(raw: unknown): ParsedManagementMode {
  if (raw === null || raw === undefined) return { ok: true, value: 'unspecified' };
  if (typeof raw !== 'string') return { ok: false };
  const text = cleanText(raw).replace(/[\s/、]/g, '');
  if (text === '') return { ok: true, value: 'unspecified' };
  if (isManagementModeCode(text)) return { ok: true, value: text };
  const mode = BY_SPELLING.get(text);
  return mode ? { ok: true, value: mode } : { ok: false };
}
