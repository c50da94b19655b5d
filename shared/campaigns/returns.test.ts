import { describe, expect, it } from 'vitest';
import { partyKey, type ReturnParty } from './party';
import { returnChecklist, type ReturnFiling } from './returns';

const estates = [
  { id: 'e1', company: '福清万家物业' },
  { id: 'e2', company: '融侨物业' },
  { id: 'e3', company: '福清万家物业' },
  { id: 'e4', company: '阳光物业' },
  { id: 'e5', company: '  ' },
  { id: 'e6', company: '鑫达物业' },
];
const filing = (party: ReturnParty, receivedOn: string): ReturnFiling => ({
  id: `f-${partyKey(party)}`, returnId: 'r', campaignId: 'c', party, partyKey: partyKey(party), receivedOn, file: null, note: '', createdAt: 1, updatedAt: 1,
});
const selfInspectionForm = { dueOn: '2026-09-05', partyKind: 'company' as const, inspectionKinds: ['selfInspection' as const] };

describe('a return’s checklist', () => {
  it('lists every company of the campaign’s estates once, and who is missing', () => {
    const list = returnChecklist(selfInspectionForm, estates, [
      filing({ kind: 'company', name: '福清万家物业' }, '2026-09-01'),
      filing({ kind: 'company', name: '融侨物业' }, '2026-09-05'),
      filing({ kind: 'company', name: '阳光物业' }, '2026-09-06'),
    ], []);
    expect(list.lines.map((l) => (l.party.kind === 'company' ? l.party.name : ''))).toEqual(['福清万家物业', '融侨物业', '阳光物业', '鑫达物业']);
    expect(list.received).toBe(3);
    expect(list.missing.map((l) => l.key)).toEqual(['company:鑫达物业']);
    // Filed on the deadline is on time; a day after is late.
    expect(list.lines.map((l) => l.late)).toEqual([false, false, true, false]);
  });

  it('counts a tied self-inspection of one of a company’s estates as its filing, but not another kind', () => {
    const list = returnChecklist(selfInspectionForm, estates, [], [
      { id: 'i1', estateId: 'e6', kind: 'selfInspection', inspectedOn: '2026-09-02' },
      { id: 'i2', estateId: 'e4', kind: 'patrol', inspectedOn: '2026-09-02' },
    ]);
    expect(list.lines.find((l) => l.key === 'company:鑫达物业')?.received).toEqual({ by: 'inspection', on: '2026-09-02', inspectionId: 'i1' });
    expect(list.missing.map((l) => l.key)).toEqual(['company:福清万家物业', 'company:融侨物业', 'company:阳光物业']);
  });

  it('asks every estate when the return is per estate, the blank company included', () => {
    const list = returnChecklist({ dueOn: '2026-08-20', partyKind: 'estate', inspectionKinds: [] }, estates, [filing({ kind: 'estate', estateId: 'e5' }, '2026-08-19')], []);
    expect(list.lines).toHaveLength(6);
    expect(list.received).toBe(1);
  });

  it('keeps a filing of a party the campaign no longer covers, never dropping it', () => {
    const list = returnChecklist(selfInspectionForm, estates.slice(0, 1), [filing({ kind: 'company', name: '融侨物业' }, '2026-09-01')], []);
    expect(list.lines.map((l) => l.key)).toEqual(['company:福清万家物业', 'company:融侨物业']);
  });

  it('takes a company written in full width or with spaces as the same company', () => {
    const list = returnChecklist(selfInspectionForm, [{ id: 'e1', company: '融侨 物业' }], [filing({ kind: 'company', name: '融侨物业' }, '2026-09-01')], []);
    expect(list.lines).toHaveLength(1);
  });
});
