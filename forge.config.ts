import type { ForgeConfig } from '@electron-forge/shared-types';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Forge builds and packages (`electron-forge package` → out/street-ledger-<platform>-<arch>);
 * installers are electron-builder's job over that folder (build/electron-builder.yml).
 */
const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    // ASCII names for the output folder and the executable: the Chinese product name stays the
    // display name (window title, shortcuts, Add/Remove Programs) without ever being a path
    // that scripts, installers or a GBK console must handle. electron-builder.yml's
    // executableName must match.
    name: 'street-ledger',
    executableName: 'street-ledger',
    appBundleId: 'cn.streetledger.app',
    // The platform extension (.ico on Windows) is added by the packager.
    icon: 'build/icon',
    appCopyright: 'Street Ledger',
    win32metadata: {
      CompanyName: 'Street Ledger',
      ProductName: '街道物业台账',
      FileDescription: '街道物业台账',
      InternalName: 'street-ledger',
      OriginalFilename: 'street-ledger.exe',
    },
  },
  rebuildConfig: {},
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Flipped in the executable at package time: the shipped binary cannot be turned into a
    // plain Node runtime, debugged through command-line flags or NODE_OPTIONS, or made to run
    // code from outside its integrity-checked app.asar. The page comes from app://street-ledger
    // (electron/appProtocol.ts reads the files in the main process), so no page needs file://'s
    // extra privileges: GrantFileProtocolExtraPrivileges is off, as Electron's checklist advises.
    // strictlyRequireAllFuses: packaging fails when an Electron upgrade brings a fuse this list
    // does not decide, instead of shipping it at Electron's default.
    new FusesPlugin({
      version: FuseVersion.V1,
      strictlyRequireAllFuses: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      // No custom V8 snapshot is shipped, so the browser process loads Electron's own.
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      // WebAssembly's signal-based bounds checks: decided explicitly, at Electron's default.
      [FuseV1Options.WasmTrapHandlers]: true,
    }),
  ],
};

export default config;
