import * as XLSX from 'xlsx';

/**
 * A return as a community worker sends it: a title and a 填报单位 line above a two-row header
 * (其中 over the class columns is for the community sheet; this estate list has merged title
 * cells), a column the app cannot guess (服务单位), a row with a class nobody uses, a blank row
 * and a 合计 row.
 */
export function messyEstateReturn(): Buffer {
  const rows: (string | number | null)[][] = [
    ['牌楼街道物业管理小区基本情况统计表', null, null, null, null, null, null],
    ['填报单位：万安社区居委会', null, null, null, '填报日期：2024年3月15日', null, null],
    ['序号', '所属社区', '小区名称', '小区类别', '服务单位', '住户数（户）', '小区地址'],
    [1, '万安社区', '万安花园', '一类小区', '万科物业', '1,203', '万安路1号'],
    [2, '万安社区', '电力宿舍', 'Ⅱ', '供电公司后勤处', 240, '万安路18号'],
    [3, '万安社区', '老粮站', '三类', '', 56, '粮站巷'],
    [4, '万安社区', '新村', '四类', '', 80, '新村路'],
    [null, null, null, null, null, null, null],
    ['合计', '', '', '', '', 1579, ''],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 6 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '小区情况');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export function readWorkbook(bytes: Buffer): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer' });
}

export function sheetRows(book: XLSX.WorkBook, index = 0): unknown[][] {
  const name = book.SheetNames[index];
  const sheet = name === undefined ? undefined : book.Sheets[name];
  return sheet ? XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false, defval: null }) : [];
}

/**
 * A district's rectification ledger (整改台账): it names estates, but it is not a list of them.
 * Without its deadlines it is no notice list either: nothing the import can take it for.
 */
export function rectificationLedger(withDeadlines = true): Buffer {
  const deadline = (cell: string) => (withDeadlines ? [cell] : []);
  const rows: (string | number | null)[][] = [
    ['通知书编号', '社区', '小区名称', '下发日期', '责任单位', '整改内容', ...deadline('整改期限'), '状态', '复查日期'],
    ['〔2024〕第1号', '万安社区', '万安花园', '2024-03-01', '万科物业', '垃圾堆放', ...deadline('2024-03-08'), '待整改', ''],
    ['〔2024〕第2号', '万安社区', '电力宿舍', '2024-03-02', '供电公司后勤处', '消防通道堵塞', ...deadline('2024-03-09'), '复查合格', '2024-03-09'],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '整改台账');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** A plain estate list of `count` estates in one community: big enough that committing it takes a while. */
export function largeEstateList(community: string, count: number, prefix = '测试小区'): Buffer {
  const rows: (string | number)[][] = [['所属社区', '小区名称', '住户数'], ...Array.from({ length: count }, (_, i) => [community, `${prefix}${i + 1}`, 100 + (i % 900)])];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '小区');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
