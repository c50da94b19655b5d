import { describe, expect, it } from 'vitest';
import { needsUpgradeBackup } from './upgradeBackup';

describe('needsUpgradeBackup', () => {
  it('backs up before a schema upgrade and after an app update, never a fresh installation', () => {
    expect(needsUpgradeBackup(null, null, '0.2.0', 5)).toBe(false);
    expect(needsUpgradeBackup(4, null, '0.2.0', 5)).toBe(true);
    expect(needsUpgradeBackup(5, '0.1.0', '0.2.0', 5)).toBe(true);
    expect(needsUpgradeBackup(5, '0.2.0', '0.2.0', 5)).toBe(false);
    expect(needsUpgradeBackup(5, null, '0.2.0', 5)).toBe(false);
  });
});
