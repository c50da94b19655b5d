import { ARIA_KEYS, type Shortcut } from './shortcuts';

/** Marks a control as the one a shortcut acts on (see shortcuts.ts). */
export function shortcutProps(shortcut: Shortcut): Readonly<Record<'data-shortcut' | 'aria-keyshortcuts', string>> {
  return { 'data-shortcut': shortcut, 'aria-keyshortcuts': ARIA_KEYS[shortcut] };
}
