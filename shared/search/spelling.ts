import { pinyin } from 'pinyin-pro';
import { cleanText } from '../common/text';

/**
 * A text as the matcher reads it: folded (half-width, lower case) for matching characters, and
 * one unit per character for matching pinyin. A Chinese character's unit carries its reading in
 * this text: pinyin-pro reads a character by the phrase it stands in (重庆 chong qing, 银行 yin
 * hang, 长春 chang chun), so a polyphonic character is read the way the name means it.
 */
export interface Spelling {
  readonly folded: string;
  readonly units: readonly SpellingUnit[];
  /**
   * Each unit's character then its reading, in order (翠湖 → 翠cui湖hu): whatever pinyin a
   * query spells, its letters appear here in the same order, so a query that is not a
   * subsequence of it is refused without trying the units (most texts, most keystrokes).
   */
  readonly chain: string;
}

export interface SpellingUnit {
  /** The character, folded. */
  readonly char: string;
  /** Its reading without tones (ü as v, as a keyboard types it); '' for anything not Chinese. */
  readonly reading: string;
}

const fold = (text: string): string => cleanText(text).toLowerCase();
const HAN = /\p{Script=Han}/u;

export function spell(text: string): Spelling {
  const folded = fold(text);
  const chars = Array.from(folded).filter((c) => c !== ' ');
  if (!chars.some((c) => HAN.test(c))) return withChain(folded, chars.map((char) => ({ char, reading: '' })));
  const readings = pinyin(chars.join(''), { toneType: 'none', type: 'array', v: true });
  // pinyin-pro gives one reading per character; should a character ever split or merge, each
  // is read alone (its phrase context lost, never its place in the name).
  const aligned = readings.length === chars.length ? readings : chars.map((c) => pinyin(c, { toneType: 'none', v: true }));
  return withChain(folded, chars.map((char, i) => ({ char, reading: HAN.test(char) ? (aligned[i] ?? '').toLowerCase() : '' })));
}

function withChain(folded: string, units: readonly SpellingUnit[]): Spelling {
  return { folded, units, chain: units.map((u) => u.char + u.reading).join('') };
}
