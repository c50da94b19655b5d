import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Settings } from '../../../shared/settings/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { DbProvider } from '../../../renderer/db/DbContext';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import type { Platform } from '../../../renderer/platform';
import { PlatformProvider } from '../../../renderer/platform/PlatformContext';
import { createBrowserPlatform } from '../../../renderer/platform/browserPlatform';
import { SettingsProvider } from '../../../renderer/settings/SettingsProvider';

export const BENCH_SETTINGS: Settings = { ...DEFAULT_SETTINGS, streetName: '测试街道', district: '测试区', operator: '测试' };

/** The providers the app mounts every page in, around `children`, on the given database. */
export function AppShell({ db, platform = createBrowserPlatform(), settings = BENCH_SETTINGS, children }: { db: StreetLedgerDb; platform?: Platform; settings?: Settings; children: ReactNode }) {
  return (
    <PlatformProvider platform={platform}>
      <SettingsProvider platform={platform} initial={settings}>
        <DbProvider db={db}>
          <I18nProvider locale={settings.locale}>
            <AntApp>{children}</AntApp>
          </I18nProvider>
        </DbProvider>
      </SettingsProvider>
    </PlatformProvider>
  );
}

export interface Mounted {
  readonly container: HTMLElement;
  readonly root: Root;
}

/** Mounts on a 1366×768 box, the office PC's screen. */
export function mount(node: ReactNode): Mounted {
  const container = document.createElement('div');
  container.style.cssText = 'width:1366px;height:768px;overflow:hidden';
  document.body.append(container);
  const root = createRoot(container);
  root.render(node);
  return { container, root };
}

export function unmount({ container, root }: Mounted): void {
  root.unmount();
  container.remove();
}

/** Resolves when `done()` holds, checked every frame. */
export function until(done: () => boolean, timeoutMs = 10_000, what = 'the page never showed what was expected'): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs;
    const check = () => {
      if (done()) return resolve();
      if (performance.now() > deadline) return reject(new Error(what));
      requestAnimationFrame(check);
    };
    check();
  });
}

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;

/** Sets an input's value as typing does (React sees the input event). */
export function typeInto(input: HTMLInputElement, text: string): void {
  if (!nativeValue) throw new Error('no value setter on inputs');
  nativeValue.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
