import type { ExchangeErrorTexts } from '../exchange/errors';
import type { SheetWarningTexts } from '../exchange/pipeline';
import type { RowProblemTexts } from '../exchange/validateRows';
import type { Locale } from './locale';
import type { ExchangeKind } from '../exchange/recordKind';
import type { SkipReason } from '../exchange/rowKind';
import type { NotImportedReason } from '../exchange/mapping';

/**
 * Words of the Excel exchange (import refusals, row problems, report layouts) and of the
 * `street-ledger` command. Chinese first: district staff read these.
 */

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
/** Column names in a sentence: "小区名称、户数" / "小区名称, 户数". */
const zhNames = (names: readonly string[]): string => names.join('、');
const enNames = (names: readonly string[]): string => names.join(', ');

const zhCN = {
  errors: {
    emptyFile: () => '文件是空的（0 字节），请确认选对了文件',
    tooLarge: ({ params }) => `文件太大（${mb(params.bytes)} MB），超过 ${mb(params.max)} MB 的上限；请删去无关的工作表或拆分后再导入`,
    notAWorkbook: () => '这不是表格文件：只能导入 Excel（.xlsx、.xls）、WPS、LibreOffice（.ods）工作簿或 CSV 文件',
    htmlDisguised: () => '这个文件其实是网页（HTML），其中没有可以读取的表格；请用浏览器打开确认内容，或向对方索要 Excel 原表',
    pdfDocument: () => '这是 PDF 文件，不是表格；请向对方索要 Excel 原表',
    wordDocument: () => '这是文字处理文档（Word 等），不是表格；请把表格复制到 Excel 或 WPS 表格中保存后再导入',
    otherArchive: () => '这是压缩包或其他类型的文件，不是 Excel 工作簿；如是压缩包请先解压',
    zipDamaged: () => '文件已损坏或不完整（可能下载或拷贝没有完成），无法打开；请重新获取原文件',
    zipBomb: () => '文件解压后的内容远超正常表格的大小，为安全起见已拒绝打开',
    zipUnsupported: () => '文件使用了不支持的压缩方式，无法打开；请用 Excel 或 WPS 重新另存为 .xlsx',
    passwordProtected: () => '文件设置了打开密码（已加密），请先在 Excel 或 WPS 中取消密码后再导入',
    unreadable: () => '无法读取此文件：文件已损坏，或不是 Excel、WPS、LibreOffice 能打开的表格',
    damagedWorkbook: ({ params }) =>
      params.part === 'text'
        ? '文件已损坏或扩展名不对：名字是工作簿，内容却是一段纯文本，不是表格；请重新获取原文件，或用 Excel、WPS 打开确认后另存为 .xlsx'
        : `文件已损坏：其中的“${params.part}”缺失或不完整，表格内容无法完整读出；请用 Excel 或 WPS 打开后另存为新的 .xlsx，或向对方重新索要原文件`,
    textNotDecodable: () => '无法识别文件的文字编码（既不是 UTF-8 也不是 GBK/GB18030）；请用 Excel 或 WPS 另存为 .xlsx 再导入',
    binaryText: () => '文件内容不是文本表格（含有二进制数据）；请用 Excel 或 WPS 另存为 .xlsx 或“CSV UTF-8”再导入',
    emptyWorkbook: () => '工作簿中没有任何数据',
    sheetNotFound: ({ params }) => `找不到工作表“${params.sheet}”`,
    noHeader: ({ params }) =>
      `找不到表头：各工作表的前 ${params.rows} 行中都没有“${zhNames(params.required)}”这样的列名；请确认这是要导入的表格`,
    partialHeader: ({ params }) =>
      `工作表“${params.sheet}”第 ${params.row} 行有“${zhNames(params.found)}”，但没有${zhNames(params.missing)}列（必填）${params.notCommunity ? `；“${params.notCommunity}”不是社区` : ''}`,
    missingColumns: ({ params }) =>
      params.sheet !== undefined
        ? `工作表“${params.sheet}”第 ${params.row} 行的表头中没有必需的列：${zhNames(params.fields)}`
        : `表头中缺少必需的列：${zhNames(params.fields)}`,
    noDataRows: ({ params }) => `表头（第 ${params.row} 行）下面没有数据行`,
  } satisfies ExchangeErrorTexts,
  rowProblems: {
    precisionLost: (params) =>
      `“${params.value}”是以数字保存的，超过 15 位的数字已被表格软件改动；请把该列设为文本格式后重新输入`,
    invalidDate: (params) => `无法识别的日期“${params.value}”，应写成 2024-03-15 或 2024年3月15日`,
    duplicateRow: (params) => `与第 ${params.row} 行重复（${params.label}）`,
  } satisfies RowProblemTexts,
  skipReasons: { blank: '空行', total: '合计行', note: '说明或签名行', otherStreet: '其他街道的小区' } satisfies Record<SkipReason, string>,
  skipDetail: (reason: string, detail: string) => `${reason}（${detail}）`,
  notImportedReasons: {
    belongsToNotice: '属于整改通知书（须有通知书编号），没有作为检查记录的内容导入；请在“整改通知书”中登记',
  } satisfies Record<NotImportedReason, string>,
  warnings: {
    rowsCutOff: (params) =>
      params.more
        ? `数据超过 ${params.max} 行的上限：只读取了前 ${params.max} 行数据（到第 ${params.lastRead} 行），第 ${params.first} 行起至少还有 ${params.count} 行没有读取；请把工作表拆成几个文件分别导入`
        : `数据超过 ${params.max} 行的上限：只读取了前 ${params.max} 行数据（到第 ${params.lastRead} 行），第 ${params.first}–${params.last} 行的 ${params.count} 行没有读取；请把这些行另存一个文件再导入`,
    columnsCutOff: (params) => `工作表超过 ${params.max} 列，多出的列未读取`,
  } satisfies SheetWarningTexts,
  layout: {
    errorColumn: '错误原因',
    communitiesSheet: '社区',
    estatesSheet: '小区',
    companiesSheet: '物业服务企业',
    districtTableSheet: '分类统计',
    estateListSheet: '小区名单',
    districtTableTitle: (street: string) => `${street}物业管理小区分类统计表`,
    estateListTitle: (street: string) => `${street}物业管理小区基本情况表`,
    communityListSheet: '社区名单',
    communityListTitle: (street: string) => `${street}社区（村）基本情况表`,
    reportingUnit: (street: string) => `填报单位：${street}`,
    reportDate: (date: string) => `填报日期：${date}`,
    serial: '序号',
    community: '社区',
    planned: '规划数',
    inventory: '实有数',
    ofWhich: '其中',
    class1: '一类',
    class2: '二类',
    class3: '三类',
    unclassified: '未分类',
    remarks: '核对说明',
    total: '合计',
    sourceFile: '来源文件',
    street: '街道',
    duplicatesSheet: '重复记录',
    duplicateOf: '与之重复的记录',
    estateCount: (count: number) => `共 ${count} 个`,
    findingCells: {
      'planned.total': '规划数',
      'inventory.class1': '一类',
      'inventory.class2': '二类',
      'inventory.class3': '三类',
      'inventory.total': '总数',
    } as Record<string, string>,
    yes: '是',
    no: '否',
    originalRow: (row: number) => `原表第 ${row} 行`,
    reasonSeparator: '；',
    columnRef: (letter: string, header: string) => `${letter} 列${header ? `（${header}）` : ''}`,
  },
  cli: {
    usageHead: '用法：street-ledger <命令> [选项] 文件...',
    commandsHeading: '命令：',
    commandLines: {
      check: 'check FILE...               检查各文件：表头、行数、每个无效行及原因',
      summary: 'summary FILE...             按社区和小区类别汇总有效行，并与规划数核对',
      merge: 'merge FILE... -o OUT.xlsx   把多份报表合并为一个工作簿（含来源文件和街道列）',
    } as Record<string, string>,
    optionsHeading: '选项：',
    optionLines: [
      '--json                      输出一个 JSON 文档，而不是文字',
      '--kind estates|communities  指定记录类型（check，默认自动判断）',
      '--sheet 名称                只读这个工作表',
      '--header-row N              表头从第 N 行开始（按 Excel 的行号）',
      '--community 名称            表中没有社区列时，所有行都属于这个社区',
      '--lang zh-CN|en             输出语言（默认中文）',
      '-h, --help                  显示本说明',
    ],
    exitCodes: '退出码：0 全部有效；1 有无效行；2 有文件无法使用',
    unknownCommand: (name: string, commands: string) => `未知命令“${name}”；可用命令：${commands}`,
    listSeparator: '、',
    unknownOption: (name: string) => `未知选项“${name}”`,
    missingValue: (name: string) => `选项“${name}”缺少参数`,
    noFiles: '请至少指定一个文件',
    noOutput: '请用 -o 指定输出文件，例如 -o 汇总.xlsx',
    badHeaderRow: (value: string) => `“${value}”不是行号；--header-row 应为表头所在的行号，如 --header-row 3`,
    badKind: (value: string) => `未知记录类型“${value}”，应为 estates（小区）或 communities（社区）`,
    fileMissing: '文件不存在或无法读取',
    isDirectory: '这是一个文件夹，不是文件',
    internalError: '处理此文件时发生意外错误',
    timedOut: '处理时间过长，已停止；文件可能已损坏或过于复杂',
    tooComplex: '文件过于复杂或已损坏，读取时占用内存过多，已停止',
    fileHeading: (file: string) => `文件：${file}`,
    sheetLine: (sheet: string, kind: string, firstRow: number, lastRow: number) =>
      `  工作表：${sheet}（${kind}），表头：第 ${firstRow === lastRow ? firstRow : `${firstRow}–${lastRow}`} 行`,
    countsLine: (read: number, valid: number, invalid: number, skipped: number) =>
      `  读取 ${read} 行：有效 ${valid}，无效 ${invalid}，跳过 ${skipped}`,
    problemLine: (row: number, column: string, header: string, message: string) =>
      `  第 ${row} 行${column ? ` ${column} 列` : ''}${header ? `（${header}）` : ''}：${message}`,
    skippedLine: (reason: string, rows: string) => `  跳过（${reason}）：第 ${rows} 行`,
    warningLine: (message: string) => `  注意：${message}`,
    errorLine: (message: string) => `  无法使用：${message}`,
    hintLine: (message: string) => `  可以这样继续：${message}`,
    hints: {
      community: (sheet: string) =>
        `如果工作表“${sheet}”的小区都属于同一个社区，加上 --community 社区名称（例如 --community 天乐社区）；要读别的工作表用 --sheet 工作表名称，表头在别的行用 --header-row 行号`,
      headerRow: '如果表头在别的行，用 --header-row 行号 指定（按 Excel 的行号）；要读别的工作表用 --sheet 工作表名称',
    },
    columnsLine: (pairs: string) => `  列对应：${pairs}`,
    fixedCommunityLine: (list: string) => `  整张表的所属社区：${list}`,
    fixedCommunity: (sheet: string, community: string) => `工作表“${sheet}”→ ${community}`,
    notImportedLine: (column: string, header: string, rows: string, reason: string) => `  未导入的内容：${column} 列（${header}）第 ${rows} 行：${reason}`,
    columnPair: (column: string, header: string, field: string) => `${column}（${header}）→ ${field}`,
    ignoredLine: (columns: string) => `  未导入的列：${columns}`,
    ignoredColumn: (column: string, header: string) => `${column}（${header}）`,
    lookalikeLine: (column: string, header: string) =>
      `  注意：${column} 列（${header}）未导入，但列名像是台账中的字段；如果要导入，请把列名改成该字段的名称（见“列对应”）后再检查`,
    kinds: { estates: '小区', communities: '社区', companies: '物业服务企业', committeeTerms: '业委会届次', committeeMembers: '业委会成员', inspections: '检查记录', preparatoryGroups: '筹备组', assemblyMeetings: '业主大会会议', surveys: '满意度测评', notices: '整改台账', noticeSteps: '整改过程', complaints: '投诉件', complaintSteps: '投诉办理过程', campaigns: '专项行动', campaignTasks: '专项行动任务', campaignNotes: '任务进展', campaignReturns: '报送事项', campaignFilings: '报送情况', campaignFunds: '专项经费', campaignPayments: '经费拨付', creditEntries: '信用记录' } satisfies Record<ExchangeKind, string>,
    summaryHeader: ['社区', '一类', '二类', '三类', '未分类', '合计', '规划数', '规划一类', '规划二类', '规划三类'],
    totalsLabel: '合计',
    streetCommunity: (street: string, community: string) => `${street} ${community}`,
    mismatchesHeading: '核对结果：',
    noMismatches: '核对结果：与规划数一致',
    mismatchLine: (community: string, reason: string) => `  ${community}：${reason}`,
    unplannedCommunity: '规划表中没有这个社区',
    invalidExcluded: (count: number) => `另有 ${count} 行无效，未计入汇总（可用 check 命令查看原因）`,
    mergeWritten: (file: string, rows: number, files: number) => `已写入 ${file}：${files} 个文件，共 ${rows} 行`,
    duplicatesHeading: (count: number) => `跨文件重复 ${count} 处：`,
    duplicateLine: (label: string, firstFile: string, firstRow: number, file: string, row: number) =>
      `  ${label}：${file} 第 ${row} 行与 ${firstFile} 第 ${firstRow} 行重复`,
    writeFailed: (file: string) => `无法写入输出文件 ${file}`,
    outputIsInput: (file: string) => `输出文件 ${file} 同时也是输入文件，请换一个文件名`,
    rowHeader: '行号',
    estateHeader: '小区名称',
    originRef: (file: string, row: number) => `${file} 第 ${row} 行`,
  },
};

export type ExchangeMessages = Omit<typeof zhCN, 'errors' | 'rowProblems' | 'warnings'> & { readonly errors: ExchangeErrorTexts; readonly rowProblems: RowProblemTexts; readonly warnings: SheetWarningTexts };

const en: ExchangeMessages = {
  errors: {
    emptyFile: () => 'The file is empty (0 bytes); check that you picked the right file',
    tooLarge: ({ params }) => `The file is too large (${mb(params.bytes)} MB, the limit is ${mb(params.max)} MB); remove unrelated sheets or split it`,
    notAWorkbook: () => 'This is not a spreadsheet: only Excel (.xlsx, .xls), WPS, LibreOffice (.ods) workbooks and CSV files can be imported',
    htmlDisguised: () => 'This file is a web page (HTML) with no table that can be read; open it in a browser to check, or ask for the original Excel file',
    pdfDocument: () => 'This is a PDF, not a spreadsheet; ask for the original Excel file',
    wordDocument: () => 'This is a word-processing document, not a spreadsheet; copy the table into Excel or WPS and save it',
    otherArchive: () => 'This is an archive or another kind of file, not a workbook; unpack it first if it is an archive',
    zipDamaged: () => 'The file is damaged or incomplete (perhaps an unfinished download or copy); get the original again',
    zipBomb: () => 'The file unpacks to far more than any real spreadsheet, so it was refused for safety',
    zipUnsupported: () => 'The file uses an unsupported compression; save it again as .xlsx in Excel or WPS',
    passwordProtected: () => 'The file is password-protected (encrypted); remove the password in Excel or WPS first',
    unreadable: () => 'The file cannot be read: it is damaged or not a spreadsheet that Excel, WPS or LibreOffice can open',
    damagedWorkbook: ({ params }) =>
      params.part === 'text'
        ? 'The file is damaged or misnamed: it is named as a workbook but holds plain text, not a table; get the original again, or open it in Excel or WPS and save it as .xlsx'
        : `The file is damaged: its part "${params.part}" is missing or incomplete, so the table cannot be read whole; open it in Excel or WPS and save it as a new .xlsx, or ask for the original again`,
    textNotDecodable: () => 'The text encoding is not recognised (neither UTF-8 nor GBK/GB18030); save it as .xlsx in Excel or WPS',
    binaryText: () => 'The file is not a text table (it contains binary data); save it as .xlsx or "CSV UTF-8" in Excel or WPS',
    emptyWorkbook: () => 'The workbook holds no data',
    sheetNotFound: ({ params }) => `There is no sheet "${params.sheet}"`,
    noHeader: ({ params }) =>
      `No header found: none of the sheets has column names such as "${enNames(params.required)}" in its first ${params.rows} rows; check that this is the table to import`,
    partialHeader: ({ params }) =>
      `Sheet "${params.sheet}", row ${params.row} has "${enNames(params.found)}" but no ${enNames(params.missing)} column (required)${params.notCommunity ? `; "${params.notCommunity}" is not a community` : ''}`,
    missingColumns: ({ params }) =>
      params.sheet !== undefined
        ? `The header of sheet "${params.sheet}", row ${params.row} lacks required columns: ${enNames(params.fields)}`
        : `The header lacks required columns: ${enNames(params.fields)}`,
    noDataRows: ({ params }) => `There are no data rows below the header (row ${params.row})`,
  },
  rowProblems: {
    precisionLost: (params) =>
      `"${params.value}" was stored as a number and the spreadsheet changed digits past the 15th; format the column as text and type it again`,
    invalidDate: (params) => `"${params.value}" is not a date; write 2024-03-15 or 2024年3月15日`,
    duplicateRow: (params) => `repeats row ${params.row} (${params.label})`,
  },
  skipReasons: { blank: 'blank row', total: 'total row', note: 'note or signature row', otherStreet: "another street's estate" },
  skipDetail: (reason, detail) => `${reason} (${detail})`,
  notImportedReasons: {
    belongsToNotice: 'belongs to a rectification notice (which needs its number) and was not imported with the inspection; register it as a notice',
  },
  warnings: {
    rowsCutOff: (params) =>
      params.more
        ? `More than the ${params.max} data rows allowed: only the first ${params.max} were read (up to row ${params.lastRead}); from row ${params.first} at least ${params.count} more were not read; split the sheet into several files and import each`
        : `More than the ${params.max} data rows allowed: only the first ${params.max} were read (up to row ${params.lastRead}); the ${params.count} rows ${params.first}–${params.last} were not read; save them as a separate file and import it`,
    columnsCutOff: (params) => `The sheet has more than ${params.max} columns; the rest were not read`,
  },
  layout: {
    errorColumn: 'Error',
    communitiesSheet: 'Communities',
    estatesSheet: 'Estates',
    companiesSheet: 'Property companies',
    districtTableSheet: 'By class',
    estateListSheet: 'Estate list',
    districtTableTitle: (street) => `${street}: managed estates by class`,
    estateListTitle: (street) => `${street}: managed estates`,
    communityListSheet: 'Communities',
    communityListTitle: (street) => `${street}: communities`,
    reportingUnit: (street) => `Reporting unit: ${street}`,
    reportDate: (date) => `Date: ${date}`,
    serial: 'No.',
    community: 'Community',
    planned: 'Planned',
    inventory: 'Actual',
    ofWhich: 'Of which',
    class1: 'Class I',
    class2: 'Class II',
    class3: 'Class III',
    unclassified: 'Unclassified',
    remarks: 'Reconciliation',
    total: 'Total',
    sourceFile: 'Source file',
    street: 'Street',
    duplicatesSheet: 'Duplicates',
    duplicateOf: 'Duplicate of',
    estateCount: (count) => `${count} estates`,
    findingCells: {
      'planned.total': 'Planned',
      'inventory.class1': 'Class I',
      'inventory.class2': 'Class II',
      'inventory.class3': 'Class III',
      'inventory.total': 'Total',
    },
    yes: 'Yes',
    no: 'No',
    originalRow: (row) => `Row ${row} of the original`,
    reasonSeparator: '; ',
    columnRef: (letter, header) => `Column ${letter}${header ? ` (${header})` : ''}`,
  },
  cli: {
    usageHead: 'Usage: street-ledger <command> [options] FILE...',
    commandsHeading: 'Commands:',
    commandLines: {
      check: 'check FILE...               check each file: header, row counts, every invalid row and why',
      summary: 'summary FILE...             count valid rows by community and class, reconciled with the plan',
      merge: 'merge FILE... -o OUT.xlsx   consolidate several returns into one workbook (with source file and street)',
    },
    optionsHeading: 'Options:',
    optionLines: [
      '--json                      print one JSON document instead of text',
      '--kind estates|communities  the kind of records (check; default: detected)',
      '--sheet NAME                read this sheet only',
      '--header-row N              the header starts on row N (as Excel numbers rows)',
      '--community NAME            every row belongs to this community (for a sheet with no community column)',
      '--lang zh-CN|en             output language (default Chinese)',
      '-h, --help                  show this help',
    ],
    exitCodes: 'Exit codes: 0 all valid; 1 some rows invalid; 2 some file unusable',
    unknownCommand: (name, commands) => `Unknown command "${name}"; commands: ${commands}`,
    listSeparator: ', ',
    unknownOption: (name) => `Unknown option "${name}"`,
    missingValue: (name) => `Option "${name}" needs a value`,
    noFiles: 'Give at least one file',
    noOutput: 'Give the output file with -o, e.g. -o merged.xlsx',
    badHeaderRow: (value) => `"${value}" is not a row number; --header-row takes the row the header is on, e.g. --header-row 3`,
    badKind: (value) => `Unknown kind "${value}"; use estates or communities`,
    fileMissing: 'The file does not exist or cannot be read',
    isDirectory: 'This is a folder, not a file',
    internalError: 'Something unexpected went wrong with this file',
    timedOut: 'Reading took too long and was stopped; the file may be damaged or too complex',
    tooComplex: 'The file is too complex or damaged: reading it took too much memory and was stopped',
    fileHeading: (file) => `File: ${file}`,
    sheetLine: (sheet, kind, firstRow, lastRow) =>
      `  Sheet: ${sheet} (${kind}), header: row ${firstRow === lastRow ? firstRow : `${firstRow}–${lastRow}`}`,
    countsLine: (read, valid, invalid, skipped) => `  ${read} rows read: ${valid} valid, ${invalid} invalid, ${skipped} skipped`,
    problemLine: (row, column, header, message) =>
      `  Row ${row}${column ? `, column ${column}` : ''}${header ? ` (${header})` : ''}: ${message}`,
    skippedLine: (reason, rows) => `  Skipped (${reason}): rows ${rows}`,
    warningLine: (message) => `  Note: ${message}`,
    errorLine: (message) => `  Unusable: ${message}`,
    hintLine: (message) => `  To go on: ${message}`,
    hints: {
      community: (sheet) =>
        `if every estate of sheet "${sheet}" belongs to one community, add --community NAME (e.g. --community 天乐社区); read another sheet with --sheet NAME, a header on another row with --header-row N`,
      headerRow: 'if the header is on another row, give it with --header-row N (as Excel numbers rows); read another sheet with --sheet NAME',
    },
    columnsLine: (pairs) => `  Columns: ${pairs}`,
    fixedCommunityLine: (list) => `  Community of every row: ${list}`,
    fixedCommunity: (sheet, community) => `sheet "${sheet}" → ${community}`,
    notImportedLine: (column, header, rows, reason) => `  Not imported: column ${column} (${header}), rows ${rows}: ${reason}`,
    columnPair: (column, header, field) => `${column} (${header}) → ${field}`,
    ignoredLine: (columns) => `  Not imported: ${columns}`,
    ignoredColumn: (column, header) => `${column} (${header})`,
    lookalikeLine: (column, header) =>
      `  Note: column ${column} (${header}) is not imported but its name looks like a field the ledger keeps; to import it, rename it to that field's name (see "Columns") and check again`,
    kinds: { estates: 'estates', communities: 'communities', companies: 'property companies', committeeTerms: 'committee terms', committeeMembers: 'committee members', inspections: 'inspections', preparatoryGroups: 'preparatory groups', assemblyMeetings: 'assembly meetings', surveys: 'surveys', notices: 'rectification notices', noticeSteps: 'notice steps', complaints: 'complaints', complaintSteps: 'complaint steps', campaigns: 'campaigns', campaignTasks: 'campaign tasks', campaignNotes: 'task progress notes', campaignReturns: 'returns', campaignFilings: 'filings', campaignFunds: 'campaign funds', campaignPayments: 'payments', creditEntries: 'credit entries' },
    summaryHeader: ['Community', 'I', 'II', 'III', 'Unclassified', 'Total', 'Planned', 'Planned I', 'Planned II', 'Planned III'],
    totalsLabel: 'Total',
    streetCommunity: (street, community) => `${street} ${community}`,
    mismatchesHeading: 'Reconciliation:',
    noMismatches: 'Reconciliation: matches the plan',
    mismatchLine: (community, reason) => `  ${community}: ${reason}`,
    unplannedCommunity: 'not in the plan',
    invalidExcluded: (count) => `${count} invalid rows were left out (see the check command)`,
    mergeWritten: (file, rows, files) => `Wrote ${file}: ${files} files, ${rows} rows`,
    duplicatesHeading: (count) => `${count} duplicates across files:`,
    duplicateLine: (label, firstFile, firstRow, file, row) => `  ${label}: ${file} row ${row} repeats ${firstFile} row ${firstRow}`,
    writeFailed: (file) => `Cannot write the output file ${file}`,
    outputIsInput: (file) => `The output file ${file} is also an input; choose another name`,
    rowHeader: 'Row',
    estateHeader: 'Estate',
    originRef: (file, row) => `${file} row ${row}`,
  },
};

export const exchangeMessages: Readonly<Record<Locale, ExchangeMessages>> = { 'zh-CN': zhCN, en };
