import { describe, expect, it } from 'vitest';
import type { Validated } from '../common/problem';
import { domainMessages } from '../i18n/domain';
import { formatProblem } from '../i18n/format';
import type { NoticeProgress } from './notice';
import { earliestNextDate, escalateNotice, recordRecheck, reportRectification } from './noticeProgress';
import { isOverdue } from './overdue';

const zh = domainMessages['zh-CN'];

const issued: NoticeProgress = { issuedOn: '2024-03-15', status: 'pending', deadline: '2024-03-22', events: [], closedOn: null };

function value(result: Validated<NoticeProgress>): NoticeProgress {
  if (!result.ok) throw new Error(`refused: ${result.problems.map((p) => formatProblem(p, zh)).join('; ')}`);
  return result.value;
}

function reasons(result: Validated<NoticeProgress>): string[] {
  if (result.ok) throw new Error('expected a refusal');
  return result.problems.map((p) => formatProblem(p, zh));
}

describe('the rectification status machine', () => {
  it('runs 待整改 → 已报告整改 → 复查不合格 → 已报告整改 → 复查合格', () => {
    const reported = value(reportRectification(issued, { reportedOn: '2024-03-20', note: '已清运' }));
    expect(reported.status).toBe('reported');
    const failed = value(recordRecheck(reported, { recheckedOn: '2024-03-23', passed: false, note: '仍有堆放', newDeadline: '2024-03-30' }));
    expect(failed).toMatchObject({ status: 'reopened', deadline: '2024-03-30', closedOn: null });
    const reportedAgain = value(reportRectification(failed, { reportedOn: '2024-03-29' }));
    const closed = value(recordRecheck(reportedAgain, { recheckedOn: '2024-03-31', passed: '合格' }));
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2024-03-31', deadline: '2024-03-30' });
    expect(closed.events.map((e) => `${e.type}@${e.on}`)).toEqual([
      'reported@2024-03-20',
      'rechecked@2024-03-23',
      'reported@2024-03-29',
      'rechecked@2024-03-31',
    ]);
    // The stored notice it started from is untouched.
    expect(issued.events).toEqual([]);
  });

  it('closes on a passed re-check without a report, as when the office goes at the deadline', () => {
    expect(value(recordRecheck(issued, { recheckedOn: '2024-03-22', passed: true })).status).toBe('closed');
  });

  it('refuses every change to a closed notice', () => {
    const closed = value(recordRecheck(issued, { recheckedOn: '2024-03-22', passed: true }));
    expect(reasons(reportRectification(closed, { reportedOn: '2024-03-25' }))).toEqual(['整改通知书：该通知书已复查合格并办结，不能再更改']);
    expect(reasons(recordRecheck(closed, { recheckedOn: '2024-03-25', passed: false, newDeadline: '2024-04-01' }))).toEqual(['整改通知书：该通知书已复查合格并办结，不能再更改']);
    expect(reasons(escalateNotice(closed, { escalatedOn: '2024-03-25', escalation: '约谈' }))).toEqual(['整改通知书：该通知书已复查合格并办结，不能再更改']);
  });

  it('refuses a second report before the re-check', () => {
    const reported = value(reportRectification(issued, { reportedOn: '2024-03-20' }));
    expect(reasons(reportRectification(reported, { reportedOn: '2024-03-21' }))).toEqual(['整改通知书：已报告整改，正等待复查，不能重复报告']);
  });

  it('needs a new deadline after the re-check when it failed', () => {
    expect(reasons(recordRecheck(issued, { recheckedOn: '2024-03-23', passed: false }))).toEqual(['新的整改期限：不能为空']);
    expect(reasons(recordRecheck(issued, { recheckedOn: '2024-03-23', passed: false, newDeadline: '2024-03-23' }))).toEqual(['新的整改期限：不能早于 2024-03-24']);
    expect(reasons(recordRecheck(issued, { recheckedOn: '2024-03-23' }))).toEqual(['复查结果：不能为空']);
  });

  it('keeps the history in date order: nothing before the issue date or the previous step', () => {
    expect(reasons(reportRectification(issued, { reportedOn: '2024-03-14' }))).toEqual(['报告日期：不能早于 2024-03-15']);
    const reported = value(reportRectification(issued, { reportedOn: '2024-03-20' }));
    expect(earliestNextDate(reported)).toBe('2024-03-20');
    expect(reasons(recordRecheck(reported, { recheckedOn: '2024-03-19', passed: true }))).toEqual(['复查日期：不能早于 2024-03-20']);
    expect(reasons(reportRectification(issued, {}))).toEqual(['报告日期：不能为空']);
  });

  it('records escalations on an open notice without changing its status', () => {
    const talked = value(escalateNotice(issued, { escalatedOn: '2024-03-25', escalation: '约谈', note: '约谈项目经理' }));
    const filed = value(escalateNotice(talked, { escalatedOn: '2024-03-28', escalation: 'creditFile' }));
    expect(filed.status).toBe('pending');
    expect(filed.events).toEqual([
      { type: 'escalated', on: '2024-03-25', escalation: 'talk', note: '约谈项目经理' },
      { type: 'escalated', on: '2024-03-28', escalation: 'creditFile', note: '' },
    ]);
    expect(reasons(escalateNotice(issued, { escalatedOn: '2024-03-25', escalation: '罚款' }))).toEqual([
      '督办方式：无法识别的督办方式“罚款”，应为约谈、通报、曝光或记入信用档案',
    ]);
    expect(reasons(escalateNotice(issued, { escalatedOn: '2024-03-25' }))).toEqual(['督办方式：不能为空']);
  });

  it('is overdue after the deadline in force until closed, against the injected day', () => {
    expect(isOverdue(issued, '2024-03-22')).toBe(false);
    expect(isOverdue(issued, '2024-03-23')).toBe(true);
    const reported = value(reportRectification(issued, { reportedOn: '2024-03-20' }));
    expect(isOverdue(reported, '2024-03-23')).toBe(true);
    const reopened = value(recordRecheck(reported, { recheckedOn: '2024-03-23', passed: false, newDeadline: '2024-04-05' }));
    expect(isOverdue(reopened, '2024-03-24')).toBe(false);
    expect(isOverdue(reopened, '2024-04-06')).toBe(true);
    const closed = value(recordRecheck(reopened, { recheckedOn: '2024-04-10', passed: true }));
    expect(isOverdue(closed, '2030-01-01')).toBe(false);
  });
});
