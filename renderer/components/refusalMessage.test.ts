import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/common/problem';
import { messagesFor } from '../../shared/i18n/catalogs';
import { refusalMessage } from './refusalMessage';

describe('refusalMessage', () => {
  const refused = new DomainError([
    { field: 'households', code: 'negative' },
    { field: 'name', code: 'required' },
  ]);

  it('gives every reason of a refusal, in the language and punctuation of the UI', () => {
    expect(refusalMessage(refused, messagesFor('zh-CN'))).toBe('户数：不能为负数；名称：不能为空');
    expect(refusalMessage(refused, messagesFor('en'))).not.toMatch(/[；：]/);
  });

  it('says an unexpected failure failed, with its reason, instead of swallowing it', () => {
    expect(refusalMessage(new Error('disk full'), messagesFor('zh-CN'))).toBe('操作失败：disk full');
  });
});
