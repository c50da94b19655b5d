/**
 * The app's three keyboard shortcuts. A control takes part by carrying `data-shortcut` (and
 * `aria-keyshortcuts`, and a tooltip saying so); one listener on the window finds it, so every
 * page and dialog gets the same keys without wiring each one.
 * - 新增 Alt+N: the page's add button, unless a dialog is open.
 * - 搜索 Ctrl+K: focus the page's search box.
 * - 保存 Ctrl+S or Ctrl+Enter: the save button of the dialog or form the focus is in.
 */

export const SHORTCUTS = ['add', 'search', 'save'] as const;
export type Shortcut = (typeof SHORTCUTS)[number];

/** As `aria-keyshortcuts` spells them. */
export const ARIA_KEYS: Readonly<Record<Shortcut, string>> = { add: 'Alt+N', search: 'Control+K', save: 'Control+S Control+Enter' };

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

export function shortcutOf(event: KeyPress): Shortcut | null {
  const control = event.ctrlKey || event.metaKey;
  if (event.altKey && !control && !event.shiftKey && event.code === 'KeyN') return 'add';
  if (control && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') return 'search';
  if (control && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 's' || event.key === 'Enter')) return 'save';
  return null;
}

/** Modals and drawers both carry role="dialog"; a closed one is hidden, so it has no box. */
const DIALOG = '[role="dialog"]';

function visible(element: Element): element is HTMLElement {
  return element instanceof HTMLElement && element.getClientRects().length > 0;
}

function firstVisible(root: ParentNode, selector: string): HTMLElement | null {
  return [...root.querySelectorAll(selector)].find(visible) ?? null;
}

/** What a shortcut acts on right now, or null when nothing on screen takes it. */
export function shortcutTarget(shortcut: Shortcut, document: Document): HTMLElement | null {
  const dialog = firstVisible(document, DIALOG);
  if (shortcut === 'save') {
    const focus = document.activeElement;
    // A dialog's Save sits in its footer, outside its <form>: the dialog is the scope first.
    const scope = focus?.closest(DIALOG) ?? focus?.closest('form') ?? dialog;
    if (!scope) return null;
    return firstVisible(scope, '[data-shortcut="save"]') ?? firstVisible(scope, '.ant-modal-footer .ant-btn-primary, .ant-drawer-footer .ant-btn-primary, button[type="submit"]');
  }
  // Behind an open dialog, the page's add button and search box are out of reach.
  if (dialog) return null;
  const target = firstVisible(document, `[data-shortcut="${shortcut}"]`);
  if (shortcut === 'search' && target && !(target instanceof HTMLInputElement)) return target.querySelector('input');
  return target;
}
