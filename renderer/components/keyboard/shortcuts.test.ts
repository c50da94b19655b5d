import { describe, expect, it } from 'vitest';
import { shortcutOf, type KeyPress } from './shortcuts';

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, code, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('the keyboard shortcuts', () => {
  it('knows 新增, 搜索 and 保存', () => {
    expect(shortcutOf(press('n', 'KeyN', { altKey: true }))).toBe('add');
    // Alt+N on a Mac types "˜": the physical key decides.
    expect(shortcutOf(press('˜', 'KeyN', { altKey: true }))).toBe('add');
    expect(shortcutOf(press('k', 'KeyK', { ctrlKey: true }))).toBe('search');
    expect(shortcutOf(press('K', 'KeyK', { metaKey: true }))).toBe('search');
    expect(shortcutOf(press('s', 'KeyS', { ctrlKey: true }))).toBe('save');
    expect(shortcutOf(press('Enter', 'Enter', { ctrlKey: true }))).toBe('save');
  });

  it('leaves typing and other combinations alone', () => {
    expect(shortcutOf(press('n', 'KeyN'))).toBeNull();
    expect(shortcutOf(press('Enter', 'Enter'))).toBeNull();
    expect(shortcutOf(press('s', 'KeyS', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shortcutOf(press('n', 'KeyN', { altKey: true, ctrlKey: true }))).toBeNull();
  });
});
