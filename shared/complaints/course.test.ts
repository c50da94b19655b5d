import { describe, expect, it } from 'vitest';
import { FRESH_PROGRESS, type ComplaintProgress } from './complaint';
import { nextSteps, takeStep, type StepDraft } from './course';
import type { ComplaintEventType } from './complaint';

const context = { receivedOn: '2024-03-01', author: { by: '张敏', at: 1 }, extensionMaxDays: 30 };

function run(steps: readonly [ComplaintEventType, StepDraft][]): ComplaintProgress {
  return steps.reduce((progress, [step, draft]) => {
    const result = takeStep(progress, step, draft, context);
    if (!result.ok) throw new Error(`${step}: ${result.problems.map((p) => p.code).join()}`);
    return result.value;
  }, FRESH_PROGRESS);
}

describe('the course of a complaint', () => {
  it('runs received → accepted → assigned → mediation → reply → callback → reopened → concluded, each step keeping who and when', () => {
    const done = run([
      ['accepted', { on: '2024-03-02' }],
      ['assigned', { on: '2024-03-02', communityId: 'k-1', assignee: '李强' }],
      ['mediated', { on: '2024-03-05', parties: '业主王小明、万科物业', agreed: '物业三日内清运' }],
      ['replied', { on: '2024-03-08', reply: '已清运' }],
      ['visited', { on: '2024-03-10', satisfaction: 'unsatisfied', note: '又堆了' }],
      ['reopened', { on: '2024-03-10', reason: '回访不满意' }],
      ['replied', { on: '2024-03-15', reply: '已加派清运车次' }],
      ['visited', { on: '2024-03-16', satisfaction: 'satisfied' }],
      ['concluded', { on: '2024-03-16' }],
    ]);
    expect(done.status).toBe('concluded');
    expect(done.acceptedOn).toBe('2024-03-02');
    expect(done.assignee).toBe('李强');
    expect(done.reply).toBe('已加派清运车次');
    expect(done.satisfaction).toBe('satisfied');
    expect(done.concludedOn).toBe('2024-03-16');
    expect(done.events.map((e) => e.type)).toEqual(['accepted', 'assigned', 'mediated', 'replied', 'visited', 'reopened', 'replied', 'visited', 'concluded']);
    expect(done.events.every((e) => e.by === '张敏' && e.at === 1)).toBe(true);
  });

  it('refuses a step out of order, a date before the last step, and a rejection without a reason', () => {
    expect(takeStep(FRESH_PROGRESS, 'replied', { on: '2024-03-02', reply: 'x' }, context).ok).toBe(false);
    const accepted = run([['accepted', { on: '2024-03-05' }]]);
    const early = takeStep(accepted, 'replied', { on: '2024-03-04', reply: 'x' }, context);
    expect(early.ok ? [] : early.problems.map((p) => p.code)).toEqual(['dateTooEarly']);
    const rejected = takeStep(FRESH_PROGRESS, 'rejected', { on: '2024-03-02', reason: '' }, context);
    expect(rejected.ok ? [] : rejected.problems.map((p) => p.field)).toEqual(['reason']);
    expect(takeStep(FRESH_PROGRESS, 'rejected', { on: '2024-03-02', reason: '不属于物业管理事项' }, context).ok).toBe(true);
  });

  it('offers a reopening only after an unsatisfied callback, and the extension only once', () => {
    const satisfied = run([['accepted', { on: '2024-03-02' }], ['replied', { on: '2024-03-03', reply: 'x' }], ['visited', { on: '2024-03-04', satisfaction: 'basic' }]]);
    expect(nextSteps(satisfied, 30)).toEqual(['concluded']);
    expect(takeStep(satisfied, 'reopened', { on: '2024-03-05', reason: 'x' }, context).ok).toBe(false);
    const unsatisfied = run([['accepted', { on: '2024-03-02' }], ['replied', { on: '2024-03-03', reply: 'x' }], ['visited', { on: '2024-03-04', satisfaction: 'unsatisfied' }]]);
    expect(nextSteps(unsatisfied, 30)).toEqual(['reopened', 'concluded']);
    const inHand = run([['accepted', { on: '2024-03-02' }]]);
    expect(nextSteps(inHand, 30)).toContain('extended');
    const extended = run([['accepted', { on: '2024-03-02' }], ['extended', { on: '2024-03-03', days: 10, reason: '鉴定' }]]);
    expect(nextSteps(extended, 30)).not.toContain('extended');
    expect(nextSteps(inHand, 0)).not.toContain('extended');
  });
});
