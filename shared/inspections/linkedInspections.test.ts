import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problems } from './fieldParsers';
import { inspectionsMapping, type InspectionRow } from './inspectionMapping';
import { inspectionRow } from './testRows';
import { INSPECTION_KINDS } from './kinds';
import { linkedInspectionKey, linkedInspectionsCell, parseLinkedInspections, type LinkedInspection } from './linkedInspections';

const name = fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9（）()，、·-]{1,12}$/);
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const time = fc.oneof(fc.constant(''), fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`));
const link: fc.Arbitrary<LinkedInspection> = fc.record({ community: name, estate: name, inspectedOn: day, time, kind: fc.constantFrom(...INSPECTION_KINDS) });

function parsed(raw: unknown) {
  const problems = new Problems();
  const links = parseLinkedInspections(raw, 'inspections', problems);
  return { links, problems: problems.list };
}

describe('the inspections a complaint or campaign links to, in one cell', () => {
  it('reads back what it writes, names kept as typed', () => {
    fc.assert(
      fc.property(fc.array(link, { maxLength: 5 }), (links) => {
        expect(parsed(linkedInspectionsCell(links))).toEqual({ links, problems: [] });
      }),
    );
  });

  it('writes one line per inspection as a notice names its inspection, after its estate', () => {
    expect(linkedInspectionsCell([{ community: '桂花社区', estate: '万科（东区）', inspectedOn: '2024-05-06', time: '09:30', kind: 'assessment' }])).toBe(
      '桂花社区 / 万科（东区） / 2024-05-06 09:30 考评',
    );
  });

  it('reads a line typed without spaces or with full-width forms', () => {
    expect(parsed('桂花社区/万科（东区）/２０２４-05-06 ９：３０ 考评').links).toEqual([
      { community: '桂花社区', estate: '万科（东区）', inspectedOn: '2024-05-06', time: '09:30', kind: 'assessment' },
    ]);
  });

  it('keys a link as the inspection sheet keys the inspection it names, names folded', () => {
    const { estateId: _estateId, ...fields } = inspectionRow({ inspectedOn: '2024-05-06', time: '09:30', kind: 'patrol' });
    const row: InspectionRow = { ...fields, community: '桂花社区', estate: '万科a区' };
    const link: LinkedInspection = { community: '桂花社区', estate: '万科 Ａ区', inspectedOn: '2024-05-06', time: '09:30', kind: 'patrol' };
    expect(linkedInspectionKey(link)).toBe(inspectionsMapping.identity(row).key);
    expect(linkedInspectionKey({ ...link, time: '10:30' })).not.toBe(inspectionsMapping.identity(row).key);
  });

  it('calls a line that names no inspection a problem at the column, with the line as typed', () => {
    const { links, problems } = parsed('桂花社区 / 万科 / 2024-05-06 考评\n万科 2024-05-07 巡查\n桂花社区 / 万科 / 昨天 考评');
    expect(links).toHaveLength(1);
    expect(problems).toEqual([
      { field: 'inspections', code: 'unknownInspectionKind', params: { value: '万科 2024-05-07 巡查' } },
      { field: 'inspections', code: 'unknownInspectionKind', params: { value: '昨天 考评' } },
    ]);
  });

  it('reads a blank cell as no links', () => {
    expect(parsed(null)).toEqual({ links: [], problems: [] });
    expect(parsed(' \n ')).toEqual({ links: [], problems: [] });
  });
});
