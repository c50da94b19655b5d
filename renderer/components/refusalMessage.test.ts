import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/common/problem';
import { messagesFor } from '../../shared/i18n/catalogs';
import { StaleEdit } from '../db/staleEdit';
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

  it('a stale save with nothing to merge says it was not saved and how to go on', () => {
    const message = refusalMessage(new StaleEdit({ updatedAt: 2 }), messagesFor('zh-CN'));
    expect(message).toMatch(/^这条记录在您打开后已被修改/);
    expect(message).toContain('重新打开');
  });
});
