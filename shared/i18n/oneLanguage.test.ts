import { describe, expect, it } from 'vitest';
import { campaignMessages } from '../campaigns/messages';
import { committeeMessages } from '../committees/messages';
import { domainMessages } from './domain';
import { exchangeMessages } from './exchange';
import { faultMessages } from './faults';
import { inspectionMessages } from '../inspections/messages';
import { LOCALES, type Locale } from './locale';
import { shellMessages } from './shell';
import { strayScript } from './strayScript';
import { uiMessages } from './ui';

const AREAS = { campaigns: campaignMessages, ui: uiMessages, domain: domainMessages, committees: committeeMessages, inspections: inspectionMessages, exchange: exchangeMessages, shell: shellMessages, faults: faultMessages };

/**
 * Texts that quote the other language on purpose: each language's own name in the language
 * menu, how a clerk may write a Chinese value (第二届, 2024年3月15日), and the command line
 * of `street-ledger`, whose commands and options are English words in both languages.
 */
const QUOTES_THE_OTHER_LANGUAGE = [/^ui\.language\./, /^domain\.problems\.notATermNumber$/, /^exchange\.rowProblems\.invalidDate$/, /\.cli\./];

/** Any parameter a message reads (a problem's `params` too): an empty list, which also reads as an empty text or zero. */
const anyParams: object = new Proxy({}, {
  get: (_, key) => (key === Symbol.toPrimitive ? () => '' : key === 'params' ? anyParams : ['']),
  has: () => false,
});

/** Every text of a catalog, functions called with any parameters, or with empty strings (or zeros, objects or lists when they need those). */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const call = value as (...args: unknown[]) => unknown;
    for (const args of [[anyParams, anyParams, anyParams, anyParams], ['', '', '', ''], [0, 0, 0, 0], [{}, {}, {}, {}], [['', ''], [], [], []]]) {
      try {
        return texts(call(...args), path);
      } catch {
        // Try the next kind of argument.
      }
    }
    throw new Error(`${path} cannot be called with any sample arguments`);
  }
  if (Array.isArray(value)) return value.flatMap((inner, i) => texts(inner, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, inner]) => texts(inner, path === '' ? key : `${path}.${key}`));
  return [];
}

describe('every catalog speaks one language', () => {
  it.each(LOCALES)('%s holds nothing of the other language', (locale: Locale) => {
    const stray = Object.entries(AREAS)
      .flatMap(([area, catalog]) => texts(catalog[locale], area))
      .filter(([path]) => !QUOTES_THE_OTHER_LANGUAGE.some((quote) => quote.test(path)))
      .flatMap(([path, text]) => strayScript(text, locale).map((found) => `${path}: ${found}`));
    expect(stray).toEqual([]);
  });

  it('tells a stray word from an allowed one', () => {
    expect(strayScript('All：', 'en')).toEqual(['：']);
    expect(strayScript('Save (Ctrl+S) – 100 m²…', 'en')).toEqual([]);
    expect(strayScript('导入 Excel、WPS 或 CSV 文件，第 C 列', 'zh-CN')).toEqual([]);
    expect(strayScript('设置已保存 Settings saved', 'zh-CN')).toEqual(['Settings', 'saved']);
  });
});
