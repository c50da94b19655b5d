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
      if (shortcut === 'search') target.focus();
      else target.click();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
