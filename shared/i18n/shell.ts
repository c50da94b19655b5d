import type { Locale } from './locale';

/**
 * What the desktop shell itself says: the window title, native dialog titles and the errors the
 * main process hands back to the renderer when it refuses or fails a request.
 */
const zhCN = {
  appTitle: '街道物业台账',
  dialogs: {
    saveTitle: '保存文件',
    openTitle: '打开文件',
    chooseBackupFolder: '选择备份文件夹',
    openBackup: '选择备份文件',
    backupFilter: '台账备份',
    commitRunning: {
      message: '导入仍在进行，现在关闭会中断这次导入（已有数据不受影响，但这次导入不会保存）。',
      keepOpen: '继续导入',
      closeAnyway: '仍然关闭',
    },
  },
  errors: {
    foreignSender: (channel: string) => `已拒绝请求（${channel}）：请求并非来自本程序自己的页面`,
    invalidRequest: (channel: string, detail: string) => `请求内容无效（${channel}）：${detail}`,
    invalidReply: (channel: string) => `程序内部错误：主进程的答复不符合约定（${channel}）`,
    fileBusy: (name: string) => `无法保存“${name}”：文件正被其他程序（如 Excel 或 WPS）打开或没有写入权限，请关闭该文件或另选位置后重试`,
    diskFull: (name: string) => `无法保存“${name}”：磁盘空间不足`,
    saveFailed: (name: string, reason: string) => `无法保存“${name}”：${reason}`,
    readFailed: (name: string, reason: string) => `无法读取“${name}”：${reason}`,
    notAFile: (name: string) => `无法读取“${name}”：这不是一个普通文件`,
    backupFolderMissing: (folder: string) => `备份文件夹“${folder}”不存在或无法访问（U 盘是否已拔出？），请插回后重试，或在“备份与恢复”中另选文件夹。`,
    backupVerifyFailed: (name: string) => `备份“${name}”写入后读回校验不符，已丢弃，请检查磁盘后重试。`,
    backupMissing: (name: string) => `找不到备份“${name}”，它可能已被移走或删除。`,
    backupWriteUnknown: '这次备份的写入已结束或已中止，请重新备份。',
    backupChunkOutOfOrder: (name: string, expected: number, got: number) => `备份“${name}”的数据块顺序不对（应为第 ${expected + 1} 块，收到第 ${got + 1} 块），已中止，请重新备份。`,
    backupChunkBeyondEnd: (name: string) => `备份“${name}”收到的数据超出了开始时说的大小，已中止，请重新备份。`,
    backupIncomplete: (name: string) => `备份“${name}”的数据没有收全，已丢弃，请重新备份。`,
    backupChecksumMismatch: (name: string) => `备份“${name}”写入磁盘的内容与发出的校验值不符，已丢弃，请检查磁盘后重试。`,
    backupOpenedUnknown: '要读取的备份文件已不可用，请重新选择文件。',
  },
};

export type ShellMessages = typeof zhCN;

const en: ShellMessages = {
  appTitle: 'Street Ledger',
  dialogs: {
    saveTitle: 'Save file',
    openTitle: 'Open file',
    chooseBackupFolder: 'Choose the backup folder',
    openBackup: 'Choose a backup file',
    backupFilter: 'Street Ledger backup',
    commitRunning: {
      message: 'An import is still running; closing now stops it (existing records are safe, but this import will not be saved).',
      keepOpen: 'Keep importing',
      closeAnyway: 'Close anyway',
    },
  },
  errors: {
    foreignSender: (channel) => `Request refused (${channel}): it did not come from the app's own page`,
    invalidRequest: (channel, detail) => `Invalid request (${channel}): ${detail}`,
    invalidReply: (channel) => `Internal error: the main process replied outside the contract (${channel})`,
    fileBusy: (name) =>
      `Cannot save "${name}": the file is open in another program (such as Excel or WPS) or not writable; close it or choose another place and try again`,
    diskFull: (name) => `Cannot save "${name}": the disk is full`,
    saveFailed: (name, reason) => `Cannot save "${name}": ${reason}`,
    readFailed: (name, reason) => `Cannot read "${name}": ${reason}`,
    notAFile: (name) => `Cannot read "${name}": it is not a regular file`,
    backupFolderMissing: (folder) => `The backup folder "${folder}" is missing or unreachable (was the USB drive removed?); plug it back in and retry, or choose another folder under Backup & restore.`,
    backupVerifyFailed: (name) => `Backup "${name}" did not read back as written and was discarded; check the disk and try again.`,
    backupMissing: (name) => `Backup "${name}" was not found; it may have been moved or deleted.`,
    backupWriteUnknown: 'This backup write has already ended or was stopped; please back up again.',
    backupChunkOutOfOrder: (name, expected, got) => `Backup "${name}" received its parts out of order (part ${expected + 1} expected, part ${got + 1} received) and was stopped; please back up again.`,
    backupChunkBeyondEnd: (name) => `Backup "${name}" received more data than it announced and was stopped; please back up again.`,
    backupIncomplete: (name) => `Backup "${name}" did not receive all its data and was discarded; please back up again.`,
    backupChecksumMismatch: (name) => `Backup "${name}" did not match the checksum it was sent with once on disk and was discarded; check the disk and try again.`,
    backupOpenedUnknown: 'The backup file to read is no longer available; please choose the file again.',
  },
};

export const shellMessages: Readonly<Record<Locale, ShellMessages>> = { 'zh-CN': zhCN, en };
