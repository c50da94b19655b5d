import { describe, expect, it } from 'vitest';
import { parseCategoryResult, parseEscalationKind, parseInspectionKind } from './kinds';

describe('inspection kinds, results and escalations as people write them', () => {
  it.each([
    ['日常巡查', 'patrol'],
    ['巡查', 'patrol'],
    [' 抽查 ', 'spotCheck'],
    ['专项检查', 'campaign'],
    ['考评', 'assessment'],
    ['考核', 'assessment'],
    ['回头看', 'revisit'],
    ['企业自查', 'selfInspection'],
    ['验收', 'acceptance'],
    ['spotCheck', 'spotCheck'],
  ])('reads kind %s', (text, kind) => {
    expect(parseInspectionKind(text)).toEqual({ ok: true, value: kind });
  });

  it('refuses an unknown or blank kind rather than guessing', () => {
    expect(parseInspectionKind('随便看看')).toEqual({ ok: false });
    expect(parseInspectionKind('')).toEqual({ ok: false });
    expect(parseInspectionKind(3)).toEqual({ ok: false });
  });

  it.each([
    ['合格', 'pass'],
    ['√', 'pass'],
    ['有问题', 'problem'],
    ['不合格', 'problem'],
    ['×', 'problem'],
    ['不适用', 'notApplicable'],
    ['/', 'notApplicable'],
    ['', 'notApplicable'],
    [null, 'notApplicable'],
    [true, 'pass'],
  ] as const)('reads result %s', (text, result) => {
    expect(parseCategoryResult(text)).toEqual({ ok: true, value: result });
  });

  it('refuses a result it cannot read', () => {
    expect(parseCategoryResult('还行')).toEqual({ ok: false });
    expect(parseCategoryResult(1)).toEqual({ ok: false });
  });

  it('reads the four escalations', () => {
    expect(['约谈', '通报批评', '曝光', '记入信用档案', 'creditFile'].map((t) => parseEscalationKind(t))).toEqual([
      { ok: true, value: 'talk' },
      { ok: true, value: 'circular' },
      { ok: true, value: 'publicity' },
      { ok: true, value: 'creditFile' },
      { ok: true, value: 'creditFile' },
    ]);
    expect(parseEscalationKind('罚款')).toEqual({ ok: false });
  });
});
