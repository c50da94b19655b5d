import { describe, expect, it } from 'vitest';
import { mergeDraft } from './mergeDraft';

describe('mergeDraft', () => {
  const stored = { name: '一号院', households: 120, notes: '旧' };

  it('overlays given values, keeps those left undefined, and passes null on as a blank', () => {
    expect(mergeDraft(stored, { name: '二号院', households: null, notes: undefined })).toEqual({
      name: '二号院',
      households: null,
      notes: '旧',
    });
  });

  it('leaves the stored row untouched', () => {
    mergeDraft(stored, { name: '二号院' });
    expect(stored.name).toBe('一号院');
  });
});
