import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchText, searchQuery } from './match';
import { spell } from './spelling';

const finds = (name: string, typed: string) => matchText(spell(name), searchQuery(typed));

describe('matching a name the way it is typed', () => {
  it('finds 翠湖小区 by characters, full pinyin, initials and mixed input', () => {
    expect(finds('翠湖小区', '翠湖')).toBe('start');
    expect(finds('翠湖小区', '小区')).toBe('characters');
    expect(finds('翠湖小区', 'cuihu')).toBe('pinyin');
    expect(finds('翠湖小区', 'cuihuxiaoqu')).toBe('pinyin');
    expect(finds('翠湖小区', 'chxq')).toBe('pinyin');
    expect(finds('翠湖小区', 'cuih小区')).toBe('pinyin');
    expect(finds('翠湖小区', 'cui hu')).toBe('pinyin');
    expect(finds('翠湖小区', 'xiaoqu')).toBe('pinyin');
  });

  it('reads polyphonic characters by the phrase they stand in', () => {
    // 重 is zhong in 重要 but chong in 重庆; 长 chang in 长春, zhang in 行长; 行 hang in 银行.
    expect(finds('重庆路小区', 'chongqing')).toBe('pinyin');
    expect(finds('重庆路小区', 'cqlxq')).toBe('pinyin');
    expect(finds('重庆路小区', 'zhongqing')).toBeNull();
    expect(finds('长春花园', 'changchun')).toBe('pinyin');
    expect(finds('长春花园', 'cchy')).toBe('pinyin');
    expect(finds('长春花园', 'zhangchun')).toBeNull();
    expect(finds('工商银行宿舍', 'yinhang')).toBe('pinyin');
    expect(finds('工商银行宿舍', 'yinxing')).toBeNull();
    expect(finds('工商银行宿舍', 'yhss')).toBe('pinyin');
  });

  it('matches initials of zh, ch, sh by their first letter or both', () => {
    expect(finds('中山花园', 'zshy')).toBe('pinyin');
    expect(finds('中山花园', 'zhshy')).toBe('pinyin');
    expect(finds('绿地小区', 'lvdi')).toBe('pinyin');
  });

  it('folds case and full width; a wrong letter matches nothing', () => {
    expect(finds('翠湖小区', 'CUIHU')).toBe('pinyin');
    expect(finds('翠湖小区', 'ｃｕｉｈｕ')).toBe('pinyin');
    expect(finds('万科A区', '万科a区')).toBe('start');
    expect(finds('翠湖小区', 'cuihb')).toBeNull();
    expect(finds('翠湖小区', 'hc')).toBeNull();
  });

  it('matches digits and letters in names as themselves', () => {
    expect(finds('A栋12号院', 'a12')).toBeNull();
    expect(finds('A栋12号院', 'ad12')).toBe('pinyin');
    expect(finds('测试小区00007', 'csxq0000')).toBe('pinyin');
  });

  it('answers quickly even for a name of one reading repeated', () => {
    const name = '张'.repeat(40);
    const started = performance.now();
    expect(finds(name, `${'zh'.repeat(20)}x`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('every name is found by its own full pinyin and by its own initials', () => {
    const han = fc.constantFrom(...'翠湖小区长春重庆银行花园中山绿地万科阳光新村东方明珠和平里');
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 8 }), (chars) => {
        const name = chars.join('');
        const units = spell(name).units;
        expect(finds(name, units.map((u) => u.reading).join(''))).not.toBeNull();
        expect(finds(name, units.map((u) => u.reading[0]).join(''))).not.toBeNull();
      }),
    );
  });
});
