import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainMessages } from '../i18n/domain';
import { formatProblem } from '../i18n/format';
import { formatRate, latestSurvey, satisfactionRate, surveyOutcome, validateSurvey } from './survey';

const zh = domainMessages['zh-CN'];

describe('acceptance surveys', () => {
  it('accepts at the threshold exactly, in whole households', () => {
    expect(surveyOutcome({ surveyed: 20, satisfied: 17 }, 0.85)).toBe('accepted');
    expect(surveyOutcome({ surveyed: 20, satisfied: 16 }, 0.85)).toBe('makeUp');
    // 0.57 × 100 is 56.99999999999999 in binary; 57 of 100 still meets 57 %.
    expect(surveyOutcome({ surveyed: 100, satisfied: 57 }, 0.57)).toBe('accepted');
    expect(surveyOutcome({ surveyed: 100, satisfied: 56 }, 0.57)).toBe('makeUp');
  });

  it('agrees with the exact rational comparison for any survey and threshold in whole percent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 1, noNaN: true }), (surveyed, percent, share) => {
        const satisfied = Math.floor(share * surveyed);
        const exact = satisfied * 100 >= percent * surveyed;
        return (surveyOutcome({ surveyed, satisfied }, percent / 100) === 'accepted') === exact;
      }),
    );
  });

  it('prints the rate with one decimal', () => {
    expect(formatRate(satisfactionRate({ surveyed: 120, satisfied: 103 }))).toBe('85.8%');
    expect(formatRate(satisfactionRate({ surveyed: 20, satisfied: 17 }))).toBe('85.0%');
  });

  it('takes the latest survey as the estate’s standing', () => {
    const first = { surveyedOn: '2024-05-01', createdAt: 1 };
    const resurvey = { surveyedOn: '2024-08-01', createdAt: 2 };
    const sameDayLater = { surveyedOn: '2024-08-01', createdAt: 3 };
    expect(latestSurvey([resurvey, first])).toBe(resurvey);
    expect(latestSurvey([sameDayLater, resurvey, first])).toBe(sameDayLater);
    expect(latestSurvey([])).toBeNull();
  });

  it('refuses impossible counts in Chinese', () => {
    const result = validateSurvey({ estateId: 'e1', surveyedOn: '2024-05-01', surveyed: '0', satisfied: '3' });
    expect(result.ok ? [] : result.problems.map((p) => formatProblem(p, zh))).toEqual(['调查户数：必须大于 0', '满意户数：不能超过调查户数 0']);
    const more = validateSurvey({ estateId: 'e1', surveyedOn: '2024-05-01', surveyed: '100', satisfied: '101' });
    expect(more.ok ? [] : more.problems.map((p) => formatProblem(p, zh))).toEqual(['满意户数：不能超过调查户数 100']);
    const blank = validateSurvey({ estateId: 'e1' });
    expect(blank.ok ? [] : blank.problems.map((p) => p.field)).toEqual(['surveyedOn', 'surveyed', 'satisfied']);
  });

  it('reads a survey typed with full-width digits', () => {
    expect(validateSurvey({ estateId: 'e1', surveyedOn: '2024/5/1', surveyed: '１２０', satisfied: '103', note: '' })).toEqual({
      ok: true,
      value: { estateId: 'e1', surveyedOn: '2024-05-01', surveyed: 120, satisfied: 103, note: '' },
    });
  });
});
