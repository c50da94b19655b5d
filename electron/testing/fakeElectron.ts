import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/**
 * Stand-ins for the few Electron objects the shell touches, for tests that mock the 'electron'
 * module at its boundary (the real one only loads inside Electron). They record what they were
 * asked to do; they implement no Electron behaviour beyond event dispatch.
 */

type AnyListener = (...args: never[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, AnyListener[]>();

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: AnyListener): this {
    const wrapper = (...args: never[]): unknown => {
      this.off(event, wrapper);
      return listener(...args);
    };
    return this.on(event, wrapper);
  }

  off(event: string, listener: AnyListener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      (listener as (...a: unknown[]) => unknown)(...args);
    }
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export interface WindowOpenReply {
  readonly action: string;
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => WindowOpenReply) | undefined;

  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenReply): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly created: FakeBrowserWindow[] = [];

  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  normalBounds: Rectangle;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.normalBounds = {
      x: options.x ?? 0,
      y: options.y ?? 0,
      width: options.width ?? 800,
      height: options.height ?? 600,
    };
    FakeBrowserWindow.created.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }

  maximize(): void {
    this.maximized = true;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focused = true;
  }

  getNormalBounds(): Rectangle {
    return this.normalBounds;
  }
}

/** The event object of will-navigate / will-frame-navigate / will-redirect. */
export function navigationEvent(url: string): { url: string; defaultPrevented: boolean; preventDefault(): void } {
  return {
    url,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}
