import type { Locale } from './locale';

/** How a storage failure is named to the clerk: one sentence each (renderer/db/storageFailure.ts). */
export const STORAGE_FAILURES = ['quota', 'aborted', 'unavailable', 'version', 'readOnly', 'broken'] as const;
export type StorageFailure = (typeof STORAGE_FAILURES)[number];

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

/**
 * What the ledger says when something outside the clerk's control goes wrong: the disk, a wiped
 * or damaged database, an older build, a record someone else changed, a commit still running.
 */
const zhCN = {
  storage: {
    quota: '磁盘空间不足，这次操作没有写入任何内容，已有的数据完好。请清理磁盘（删除不用的文件、清空回收站）后重试。',
    aborted: '这次保存被中断，没有写入任何内容，已有的数据完好。请重试；如果反复出现，请检查磁盘剩余空间，或关闭本程序后重新打开。',
    unavailable: '无法使用本机的数据存储（可能被浏览器设置禁用，或处于无痕/隐私模式）。请在普通窗口中打开本程序，或关闭本程序后重新打开。',
    version: '本机的数据由更新版本的街道物业台账写入，当前版本无法打开。请安装最新版本后再打开。',
    readOnly: '台账正以只读方式打开，不能修改数据。请安装最新版本的街道物业台账。',
    broken: '本机数据存储出错，这次操作没有完成，已有的数据没有改动。请关闭本程序后重新打开；如仍失败，请在“备份与恢复”中恢复最近的备份。',
  } satisfies Record<StorageFailure, string>,
  input: {
    /** Shown beside a text field near or past its limit: what was typed is kept, never cut. */
    count: (count: number, max: number) => `${count} / ${max}`,
    tooLong: (max: number) => `不能超过 ${max} 个字`,
  },
  readOnly: {
    title: '只读模式：请更新街道物业台账',
    detail: (found: number, known: number) =>
      `本机的数据已由更新版本的程序升级（数据版本 ${found}，本程序只认识到 ${known}）。为防止损坏数据，本程序以只读方式打开：可以查看和导出，不能修改。请安装最新版本后再编辑。`,
  },
  room: {
    notEnough: (neededBytes: number, freeBytes: number) =>
      `磁盘剩余空间不足：这次写入大约需要 ${mb(neededBytes)} MB，磁盘只剩 ${mb(freeBytes)} MB。没有写入任何内容。请清理磁盘后重试。`,
  },
  recovery: {
    title: '台账数据与上次不符',
    missing: '上次关闭时本机有台账数据，现在数据库不见了（可能被清理软件删除或已损坏）。',
    shrunk: '本机台账的数据比上次少了很多（可能数据库已损坏后被重建）。',
    intro: '为防止在空台账上继续工作，请先从备份恢复。下表是上次记录的数量和现在的数量。',
    table: '内容',
    before: (when: string) => `上次（${when}）`,
    now: '现在',
    backupsTitle: '最近的备份',
    restore: '恢复这份备份',
    noBackups: '没有找到备份。如有另存到 U 盘或其他位置的备份文件，请“从文件恢复”。',
    restoreFromFile: '从文件恢复…',
    continueAnyway: '仍然使用现在的数据',
    continueConfirm: '确定不恢复、使用现在的数据吗？上次的记录将被现在的数量替换。',
    restoring: '正在恢复，请勿关闭窗口…',
    failed: (reason: string) => `恢复失败：${reason}`,
  },
  stale: {
    refused: '这条记录在您打开后已被修改',
    title: '这条记录在您打开后已被修改',
    intro: '别人（或另一个窗口）在您编辑期间保存了这条记录。请选择保留哪一方的内容，或逐项选择。',
    field: '项目',
    theirs: '已保存的内容',
    mine: '您填写的内容',
    keepTheirs: '放弃我的修改',
    keepMine: '用我的内容覆盖',
    merge: '按所选项目保存',
    empty: '（空）',
    changedBy: '谁改了',
    changed: { mine: '您', theirs: '对方', both: '双方' },
    allTheirs: '全部选已保存的',
    allMine: '全部选我的',
    noDifference: '您填写的内容与已保存的相同，可以直接保存。',
    listSeparator: '、',
    /** Where there is nothing to merge (a step appended to a notice, a member gone): what to do. */
    reopen: '这条记录在您打开后已被修改，这次没有保存。请关闭本窗口，重新打开查看最新的内容后再操作。',
  },
  commit: {
    running: (file: string) => `正在导入“${file}”，请勿关闭窗口…`,
    done: (file: string, added: number, changed: number) => `“${file}”已导入：新增 ${added} 条，修改 ${changed} 条`,
    failed: (file: string, reason: string) => `“${file}”没有导入，数据没有任何改动：${reason}`,
    leaveWarning: '导入仍在进行，现在关闭会中断导入（已有数据不受影响，但这次导入不会保存）。确定要关闭吗？',
    backingUp: '导入前正在备份当前数据…',
  },
};

export type FaultMessages = typeof zhCN;

const en: FaultMessages = {
  storage: {
    quota: 'The disk is full: nothing was written and the existing records are intact. Free some space (delete unused files, empty the recycle bin) and try again.',
    aborted: 'The save was interrupted: nothing was written and the existing records are intact. Try again; if it keeps happening, check the free disk space or close and reopen the app.',
    unavailable: 'The local data storage cannot be used (blocked by a browser setting, or a private window). Open the app in a normal window, or close and reopen it.',
    version: 'The data on this computer was written by a newer version of Street Ledger, which this version cannot open. Install the latest version and open it again.',
    readOnly: 'Street Ledger is open read-only and cannot change data. Install the latest version of Street Ledger.',
    broken: 'The local data storage failed; the operation did not complete and the existing records are unchanged. Close and reopen the app; if it still fails, restore the latest backup under Backup & restore.',
  },
  input: {
    count: (count, max) => `${count} / ${max}`,
    tooLong: (max) => `must be at most ${max} characters`,
  },
  readOnly: {
    title: 'Read-only: please update Street Ledger',
    detail: (found, known) =>
      `The data on this computer was upgraded by a newer version (data version ${found}; this version knows up to ${known}). To keep it safe the app opens read-only: you can view and export, not edit. Install the latest version to edit again.`,
  },
  room: {
    notEnough: (neededBytes, freeBytes) =>
      `Not enough disk space: this write needs about ${mb(neededBytes)} MB and only ${mb(freeBytes)} MB are left. Nothing was written. Free some space and try again.`,
  },
  recovery: {
    title: 'The ledger does not match what was there last time',
    missing: 'There was ledger data when the app last closed, and the database is gone now (removed by a cleaning tool, or damaged).',
    shrunk: 'The ledger holds far fewer records than last time (the database may have been damaged and recreated).',
    intro: 'Restore a backup before you work on an empty ledger. The table shows the counts recorded last time and the counts now.',
    table: 'Contents',
    before: (when) => `Last time (${when})`,
    now: 'Now',
    backupsTitle: 'Latest backups',
    restore: 'Restore this backup',
    noBackups: 'No backups found. If you saved one to a USB drive or elsewhere, use "Restore from file".',
    restoreFromFile: 'Restore from file…',
    continueAnyway: 'Use the data as it is now',
    continueConfirm: 'Use the data as it is, without restoring? The counts recorded last time will be replaced by today\'s.',
    restoring: 'Restoring; do not close the window…',
    failed: (reason) => `Restore failed: ${reason}`,
  },
  stale: {
    refused: 'This record was changed after you opened it',
    title: 'This record was changed after you opened it',
    intro: 'Someone (or another window) saved this record while you were editing. Choose whose version to keep, or choose field by field.',
    field: 'Field',
    theirs: 'Saved version',
    mine: 'Your version',
    keepTheirs: 'Discard my changes',
    keepMine: 'Overwrite with mine',
    merge: 'Save the chosen fields',
    empty: '(empty)',
    changedBy: 'Changed by',
    changed: { mine: 'You', theirs: 'Them', both: 'Both' },
    allTheirs: 'Choose all saved',
    allMine: 'Choose all mine',
    noDifference: 'What you entered is the same as the saved version; you can save it as it is.',
    listSeparator: ', ',
    reopen: 'This record was changed after you opened it; nothing was saved. Close this window and open the record again to see the latest version, then try again.',
  },
  commit: {
    running: (file) => `Importing "${file}"; do not close the window…`,
    done: (file, added, changed) => `"${file}" imported: ${added} added, ${changed} changed`,
    failed: (file, reason) => `"${file}" was not imported and nothing changed: ${reason}`,
    leaveWarning: 'An import is still running; closing now stops it (existing records are safe, but this import will not be saved). Close anyway?',
    backingUp: 'Backing up the current data before the import…',
  },
};

export const faultMessages: Readonly<Record<Locale, FaultMessages>> = { 'zh-CN': zhCN, en };
