import { FuseV1Options } from '@electron/fuses';
import type { UserConfig, UserConfigFnObject } from 'vite';
import { describe, expect, it } from 'vitest';
import forgeConfig from '../../../forge.config';
import mainConfig from '../../../vite.main.config.mjs';
import preloadConfig from '../../../vite.preload.config.mjs';
import rendererConfig from '../../../vite.renderer.config.mjs';

/** The Vite config Forge builds with for a package (`electron-forge package` runs in production mode). */
async function productionBuild(config: unknown): Promise<NonNullable<UserConfig['build']>> {
  const resolved = await (config as UserConfigFnObject)({ command: 'build', mode: 'production' });
  return resolved.build ?? {};
}

describe('the packaged app', () => {
  it('carries no source maps: none of main, preload or the page is built with them', async () => {
    for (const config of [mainConfig, preloadConfig, rendererConfig]) {
      expect((await productionBuild(config)).sourcemap ?? false).toBe(false);
    }
  });

  it('decides every fuse the Electron binary has, and Forge refuses to package one it does not', () => {
    const fuses = forgeConfig.plugins?.find((plugin) => 'name' in plugin && plugin.name === 'fuses');
    const settings = (fuses as unknown as { fusesConfig: Record<string, unknown> }).fusesConfig;
    expect(settings.strictlyRequireAllFuses).toBe(true);
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const fuse of known) expect(typeof settings[String(fuse)], FuseV1Options[fuse]).toBe('boolean');
    expect(settings[FuseV1Options.RunAsNode]).toBe(false);
    expect(settings[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(settings[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });
});
