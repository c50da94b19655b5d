import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAll, conflictFields, mergeValues, movedOnlyElsewhere, proposedChoice, sameValue, type Side, type StaleEditConflict } from './staleMerge';

const FIELDS = ['name', 'phone', 'count', 'pilot', 'tags'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, unknown> & { reason: string };

const value = fc.oneof(fc.constantFrom<unknown>('', null, undefined, '太平社区', '桂花路12号（东门）', 0, 1, true, false), fc.string({ maxLength: 3 }), fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 }));
const values = fc.record({ name: value, phone: value, count: value, pilot: value, tags: value, reason: fc.string({ maxLength: 4 }) });
/** Three versions where each field is often left as opened, as real edits are. */
const conflict: fc.Arbitrary<StaleEditConflict<Values>> = fc
  .tuple(values, values, values, fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }))
  .map(([opened, theirs, mine, keep]) => {
    const pick = (side: Values, offset: number): Values => ({ ...side, ...Object.fromEntries(FIELDS.filter((_, i) => keep[i + offset]).map((f) => [f, opened[f]])) });
    return { opened, theirs: pick(theirs, 0), mine: pick(mine, 5), version: 7 };
  });
const choice = fc.constantFrom<Side | undefined>('mine', 'theirs', undefined);

describe('merging a stale save', () => {
  it('lists exactly the fields where the stored value and the clerk’s differ, and says who moved each', () => {
    fc.assert(
      fc.property(conflict, (c) => {
        const listed = conflictFields(c, FIELDS);
        expect(listed.map((f) => f.field)).toEqual(FIELDS.filter((f) => !sameValue(c.mine[f], c.theirs[f])));
        for (const { field, changedBy, proposed } of listed) {
          const mineMoved = !sameValue(c.mine[field], c.opened[field]);
          const theirsMoved = !sameValue(c.theirs[field], c.opened[field]);
          expect(changedBy).toBe(mineMoved && theirsMoved ? 'both' : mineMoved ? 'mine' : 'theirs');
          // A field only the other side changed starts on their value: the clerk never undoes it unawares.
          expect(proposed).toBe(theirsMoved && !mineMoved ? 'theirs' : 'mine');
        }
      }),
    );
  });

  it('any choice per field yields exactly those values; every other field keeps the stored value; the reason stays the clerk’s', () => {
    fc.assert(
      fc.property(conflict, fc.array(choice, { minLength: FIELDS.length, maxLength: FIELDS.length }), (c, picks) => {
        const listed = conflictFields(c, FIELDS).map((f) => f.field);
        const chosen = Object.fromEntries(listed.map((f) => [f, picks[FIELDS.indexOf(f as Field)]]).filter(([, side]) => side !== undefined)) as Partial<Record<Field, Side>>;
        const merged = mergeValues(c, FIELDS, chosen);
        for (const field of FIELDS) expect(merged[field]).toBe(chosen[field] === 'mine' ? c.mine[field] : c.theirs[field]);
        expect(merged.reason).toBe(c.mine.reason);
      }),
    );
  });

  it('asks nothing only when the stored record moved outside every compared field, and then the clerk’s values lose nothing of it', () => {
    fc.assert(
      fc.property(conflict, (c) => {
        const quiet = movedOnlyElsewhere(c, FIELDS);
        expect(quiet).toBe(FIELDS.every((f) => sameValue(c.theirs[f], c.opened[f])));
        if (quiet) for (const { field } of conflictFields(c, FIELDS)) expect(sameValue(c.theirs[field], c.opened[field])).toBe(true);
      }),
    );
  });

  it('keeping all of one side is that side on every compared field', () => {
    fc.assert(
      fc.property(conflict, fc.constantFrom<Side>('mine', 'theirs'), (c, side) => {
        const merged = mergeValues(c, FIELDS, chooseAll(conflictFields(c, FIELDS), side));
        for (const field of FIELDS) expect(sameValue(merged[field], c[side][field])).toBe(true);
      }),
    );
  });

  it('the proposed choice keeps both changes when the two edits touched different fields', () => {
    const opened = { name: '锦绣花园', phone: '', count: '300', pilot: false, tags: [], reason: '' };
    const c = { opened, theirs: { ...opened, count: '320' }, mine: { ...opened, phone: '023-1234', reason: '核实' }, version: 9 };
    const merged = mergeValues(c, FIELDS, proposedChoice(conflictFields(c, FIELDS)));
    expect(merged).toEqual({ ...opened, count: '320', phone: '023-1234', reason: '核实' });
  });

  it('takes every kind of blank as the same value, and dates and lists by their contents', () => {
    expect(sameValue('', null)).toBe(true);
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue('', '0')).toBe(false);
    expect(sameValue(['a'], ['a'])).toBe(true);
    expect(sameValue(new Date(0), new Date(0))).toBe(true);
    expect(sameValue(0, false)).toBe(false);
  });
});
