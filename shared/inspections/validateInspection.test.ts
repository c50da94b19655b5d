import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n/domain';
import { formatProblem } from '../i18n/format';
import { hasProblems, problemsFound } from './inspection';
import { validateInspection, type InspectionDraft } from './validateInspection';

const zh = domainMessages['zh-CN'];

const spotCheck: InspectionDraft = {
  estateId: 'e1',
  inspectedOn: '2024年3月15日',
  time: '9:30',
  kind: '抽查',
  inspectors: '张敏、李强',
  categories: {
    publicOrder: { result: '有问题', note: '东门占道经营' },
    sanitation: { result: '有问题', note: '3 栋垃圾未清运' },
    security: { result: '合格' },
    facilities: { result: '合格', note: '' },
    greening: { result: '不适用' },
  },
  findings: '',
};

describe('validateInspection', () => {
  it('reads a spot check with two problems', () => {
    const result = validateInspection(spotCheck);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      estateId: 'e1',
      inspectedOn: '2024-03-15',
      time: '09:30',
      kind: 'spotCheck',
      inspectors: ['张敏', '李强'],
      score: null,
    });
    expect(result.value.categories.other).toEqual({ result: 'notApplicable', note: '', mark: null });
    expect(problemsFound(result.value)).toEqual([
      { category: 'publicOrder', text: '东门占道经营' },
      { category: 'sanitation', text: '3 栋垃圾未清运' },
    ]);
    expect(hasProblems(result.value)).toBe(true);
  });

  it('says in Chinese what is missing or wrong, field by field', () => {
    const result = validateInspection({
      inspectedOn: '2024-02-30',
      time: '25:00',
      kind: '随便看看',
      inspectors: '',
      categories: { sanitation: { result: '有问题', note: ' ' }, greening: { result: '还行' } },
      score: 120,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => formatProblem(p, zh))).toEqual([
      '小区：不能为空',
      '检查日期：“2024-02-30”不是有效日期，应写成 2024-03-15 或 2024年3月15日',
      '检查时间：“25:00”不是有效时间，应写成 09:30',
      '类型：无法识别的检查类型“随便看看”，应为日常巡查、抽查、专项检查、考评、回头看、企业自查或验收',
      '检查人员：不能为空',
      '环境卫生：结果为“有问题”时须写明问题',
      '绿化：无法识别的检查结果“还行”，应为合格、有问题或不适用',
      '得分：应在 0 到 100 之间',
    ]);
  });

  it('requires the date and the kind', () => {
    const result = validateInspection({ estateId: 'e1', inspectors: '张敏' });
    expect(result.ok ? [] : result.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['inspectedOn:required', 'kind:required']);
  });

  it('keeps category marks for scoring, but not for categories not checked', () => {
    const result = validateInspection({
      ...spotCheck,
      kind: '考评',
      categories: { security: { result: '合格', mark: '９０' }, greening: { result: '不适用', mark: 50 } },
      score: '88.5',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.categories.security.mark).toBe(90);
    expect(result.value.categories.greening.mark).toBeNull();
    expect(result.value.score).toBe(88.5);
  });
});
