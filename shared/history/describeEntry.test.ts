import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/catalogs';
import { describeEntry } from './describeEntry';
import type { HistoryEntry } from './fieldHistory';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'h1', kind: 'estate', recordId: 'e1', estateId: 'e1', change: 'updated', field: 'estateClass', before: 1, after: 3,
  at: 0, operator: '张敏', reason: '复核', cause: 'edit', batchId: null, ...over,
});

describe('a history entry in words', () => {
  const zh = messagesFor('zh-CN');

  it('names codes by their labels and nested fields by their parts', () => {
    expect(describeEntry(zh, entry({}))).toMatchObject({ kind: '小区', change: '修改', field: '小区类别', before: '一类', after: '三类', reason: '复核' });
    expect(describeEntry(zh, entry({ field: 'mode', before: 'market', after: 'owners' }))).toMatchObject({ before: '市场化物业服务', after: '业主自管' });
    expect(describeEntry(zh, entry({ kind: 'inspection', field: 'categories.sanitation.note', before: '', after: '东门（北侧）垃圾' }))).toMatchObject({
      field: '环境卫生 · 说明', before: '（空）', after: '东门（北侧）垃圾',
    });
    expect(describeEntry(zh, entry({ kind: 'community', field: 'planned.class1', before: null, after: 2 }))).toMatchObject({ field: '规划一类', after: '2' });
  });

  it('names a field the way its kind calls it: an estate\'s 别名, a company\'s 简称, lists joined as the sheet writes them', () => {
    expect(describeEntry(zh, entry({ field: 'aliases', before: [], after: ['翠湖苑', '翠湖花园（东）'] }))).toMatchObject({ field: '别名', before: '', after: '翠湖苑、翠湖花园（东）' });
    expect(describeEntry(zh, entry({ kind: 'company', field: 'aliases', before: ['锦江'], after: [] }))).toMatchObject({ field: '简称', before: '锦江', after: '' });
  });

  it('says which import or undo made the change, and names what an id points at', () => {
    expect(describeEntry(zh, entry({ cause: 'import', reason: '万安社区.xlsx' })).reason).toBe('导入“万安社区.xlsx”');
    expect(describeEntry(zh, entry({ cause: 'undoImport', reason: '万安社区.xlsx' })).reason).toBe('撤销导入“万安社区.xlsx”');
    const moved = entry({ field: 'communityId', before: 'c1', after: 'c2' });
    expect(describeEntry(zh, moved, (_field, id) => ({ c1: '太平社区', c2: '牌楼社区' })[id])).toMatchObject({ field: '所属社区', before: '太平社区', after: '牌楼社区' });
    expect(describeEntry(messagesFor('en'), entry({ change: 'created', field: null }))).toMatchObject({ change: 'Created', field: '', before: '', after: '' });
  });
});
