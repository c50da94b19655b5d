import type { Transaction } from 'dexie';
import { companyKey } from '../../../shared/companies';
import type { SchemaVersion } from './schemaVersion';

/** A row id as the app makes them (StreetLedgerDb's newId), frozen here with the step. */
function companyId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An estate as version 1 to 7 stored it: the company a free-text name. */
export interface V7EstateRow {
  readonly id: string;
  readonly company: string;
  readonly createdAt: number;
  readonly [field: string]: unknown;
}

/** A company as version 8 first writes it. */
export interface V8CompanyRow {
  id: string;
  name: string;
  nameKey: string;
  aliases: string[];
  aliasKeys: string[];
  keptApart: string[];
  creditCode: string;
  qualification: string;
  legalRepresentative: string;
  contact: string;
  phone: string;
  address: string;
  notes: string;
  listing: 'none' | 'red' | 'black';
  createdAt: number;
  updatedAt: number;
}

/**
 * Version 8: property companies get a register, estates link to it, and the office's own credit
 * events (表彰, 示范项目, 行政处罚) get a table. The upgrade registers one company per distinct
 * name the estates hold, names that fold to one key ("锦江物业（集团）" / "锦江物业(集团)")
 * being one company under the spelling seen first; each estate keeps its company text as typed
 * and gains the link. Names that are only likely the same ("锦江物业" / "锦江物业服务有限公司")
 * are not merged here: the companies page proposes them, and the office decides.
 */
export const v8 = {
  version: 8,
  stores: {
    companies: 'id, &nameKey, *aliasKeys',
    creditEntries: 'id, companyId, on',
    estates: 'id, communityId, estateClass, mode, nameKey, &[communityId+nameKey], updatedAt, companyId',
  },
  upgrade: async (tx: Transaction) => {
    const estates = await tx.table<V7EstateRow>('estates').toArray();
    const byKey = new Map<string, V8CompanyRow>();
    // Oldest estate first: the spelling the office typed first names the company.
    for (const estate of [...estates].sort((a, b) => a.createdAt - b.createdAt)) {
      const name = typeof estate.company === 'string' ? estate.company.trim() : '';
      const key = companyKey(name);
      if (key === '' || byKey.has(key)) continue;
      byKey.set(key, {
        id: companyId(), name, nameKey: key, aliases: [], aliasKeys: [], keptApart: [], creditCode: '', qualification: '', legalRepresentative: '',
        contact: '', phone: '', address: '', notes: '', listing: 'none', createdAt: estate.createdAt, updatedAt: estate.createdAt,
      });
    }
    await tx.table('companies').bulkAdd([...byKey.values()]);
    await tx.table<V7EstateRow>('estates').toCollection().modify((estate: { company?: unknown; companyId?: string | null }) => {
      const key = companyKey(typeof estate.company === 'string' ? estate.company : '');
      estate.companyId = byKey.get(key)?.id ?? null;
    });
  },
} as const satisfies SchemaVersion;
