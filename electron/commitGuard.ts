/** The part of a BrowserWindow 'close' event the guard needs. */
export interface CloseEvent {
  preventDefault(): void;
}

/**
 * Whether a commit (an import, an undo, a restore) is running in the page. The page says so over
 * IPC; while it runs, closing the window first asks — in Electron a page's own beforeunload
 * cannot ask, it can only cancel the close without a word.
 */
export class CommitGuard {
  private running = false;

  set(running: boolean): boolean {
    this.running = running;
    return running;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** For the window's 'close': `ask` shows the question and answers whether to close anyway. */
  confirmClose(event: CloseEvent, ask: () => boolean): void {
    if (this.running && !ask()) event.preventDefault();
  }
}
