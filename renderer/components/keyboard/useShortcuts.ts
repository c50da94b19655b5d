import { useEffect } from 'react';
import { shortcutOf, shortcutTarget } from './shortcuts';

/** One listener for the whole window (see shortcuts.ts). */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog with its own handling (the inspection entry's Ctrl+Enter) has had its turn.
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      const target = shortcutTarget(shortcut, document);
      // Ctrl+S never saves the page as HTML, even where there is nothing to save.
      if (shortcut === 'save' && event.key.toLowerCase() === 's') event.preventDefault();
      if (!target) return;
      event.preventDefault();
      if (shortcut === 'search') {
        target.focus();
        return;
      }
      // A save by key must take what a click on Save takes: a click moves the focus first, and
      // a box that commits on leaving (the 别名 tags, a half-typed date) commits then; without
      // this, text still in such a box is dropped from the saved record without a word.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      target.click();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
