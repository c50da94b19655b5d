import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings/settings';
import { settingsRepository } from './settingsRepository';
import { openLedgerStateBackend, openSettingsBackend, openWindowStateBackend } from './stores';
import { restoreWindowState } from './windowState';

// electron-store is a thin wrapper that asks Electron for the userData folder and hands
// everything else to the conf library; it cannot load outside Electron (and Vitest cannot mock
// the 'electron' import inside a dependency). So it is replaced by that same wrapping around the
// real conf: reading, defaults, clearInvalidConfig and atomic writes are the real thing here.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class ElectronStore<T extends Record<string, unknown>> extends Conf<T> {
    constructor({ name = 'config', ...options }: ConstructorParameters<typeof Conf<T>>[0] & { name?: string } = {}) {
      super({ projectName: 'street-ledger-test', ...options, configName: name });
    }
  }
  return { default: ElectronStore };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), '街道-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const settingsFile = () => path.join(dir, 'settings.json');
const openSettings = () => settingsRepository(openSettingsBackend(dir));

describe('settings store', () => {
  it('gives DEFAULT_SETTINGS on first run', () => {
    expect(openSettings().read()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an update across restarts', async () => {
    openSettings().update({ streetName: '牌楼街道', district: '江北区', operator: '张三' });
    const reopened = openSettings();
    expect(reopened.read()).toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道', district: '江北区', operator: '张三' });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toMatchObject({ streetName: '牌楼街道' });
  });

  it('keeps nested settings whole', () => {
    const weights = { ...DEFAULT_SETTINGS.assessmentWeights, greening: 30 };
    openSettings().update({ assessmentWeights: weights });
    expect(openSettings().read().assessmentWeights).toEqual(weights);
  });

  it('falls back field by field when stored values are corrupt', async () => {
    await writeFile(
      settingsFile(),
      JSON.stringify({ streetName: '牌楼街道', district: 12, operator: '张'.repeat(51), locale: 'fr', extra: true }),
    );
    const settings = openSettings();
    expect(settings.read()).toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道' });
    // And the next save writes a clean file again.
    settings.update({ operator: '李四' });
    expect(JSON.parse(await readFile(settingsFile(), 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, streetName: '牌楼街道', operator: '李四' });
  });

  for (const [what, content] of [
    ['not JSON at all', '{"streetName": "牌楼街道", '],
    ['an empty file', ''],
    ['JSON null', 'null'],
    ['a JSON array', '["牌楼街道"]'],
    ['a JSON string', '"zh-CN"'],
  ] as const) {
    it(`starts with defaults instead of failing when the file holds ${what}`, async () => {
      await writeFile(settingsFile(), content);
      expect(openSettings().read()).toEqual(DEFAULT_SETTINGS);
    });
  }

  it('refuses to store an invalid merge', () => {
    const settings = openSettings();
    expect(() => settings.update({ streetName: '街'.repeat(101) })).toThrow();
    expect(settings.read()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('window state store', () => {
  const screen = { x: 0, y: 0, width: 1920, height: 1040 };

  it('round-trips the last window state', () => {
    openWindowStateBackend(dir).write({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    const restored = restoreWindowState(openWindowStateBackend(dir).read(), [screen], screen);
    expect(restored).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
  });

  it('restores a default window from a missing or corrupt file', async () => {
    expect(restoreWindowState(openWindowStateBackend(dir).read(), [screen], screen).maximized).toBe(false);
    await writeFile(path.join(dir, 'window-state.json'), '{oops');
    expect(restoreWindowState(openWindowStateBackend(dir).read(), [screen], screen)).toEqual({
      bounds: { x: 320, y: 120, width: 1280, height: 800 },
      maximized: false,
    });
  });
});

describe('ledger state store', () => {
  it('keeps the last known state of the ledger across restarts, beside settings and outside IndexedDB', async () => {
    expect(openLedgerStateBackend(dir).read()).toBeNull();
    const state = { databaseName: 'street-ledger', counts: { communities: 9, estates: 120 }, writtenAt: 1_700_000_000_000 };
    openLedgerStateBackend(dir).write(state);
    expect(openLedgerStateBackend(dir).read()).toEqual(state);
    expect(JSON.parse(await readFile(path.join(dir, 'ledger-state.json'), 'utf8'))).toEqual({ state });
  });
});
