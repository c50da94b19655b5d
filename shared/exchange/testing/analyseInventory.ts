import { nameKey } from '../../common/text';
import type { Community } from '../../estates';
import { analyseExchange, type ExchangeAnalysis } from '../exchangeAnalysis';
import { DEFAULT_LIMITS, type ExchangeLimits } from '../limits';
import { readWorkbook } from '../read';

/**
 * For tests: a file's communities and estates read through the one analysis the import uses,
 * restricted to those two kinds. `existingCommunities`: the stored communities an estate may
 * name, or 'any' to take every community as given.
 */

export interface InventoryOptions {
  readonly existingCommunities: readonly Pick<Community, 'name'>[] | 'any';
  readonly limits?: ExchangeLimits;
}

export type InventoryAnalysis = Pick<ExchangeAnalysis, 'communities' | 'estates'>;

export async function analyseInventory(bytes: Uint8Array, fileName: string, options: InventoryOptions): Promise<InventoryAnalysis> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const workbook = await readWorkbook(bytes, fileName, limits);
  const stored = options.existingCommunities === 'any' ? {} : { communities: new Set(options.existingCommunities.map((c) => nameKey(c.name))) };
  const { communities, estates } = analyseExchange(workbook, { rules: { defaultTermYears: 5 }, kinds: ['communities', 'estates'], stored, limits });
  return { communities, estates };
}
