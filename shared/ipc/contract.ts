import { z } from '../common/zod';
import { backupManifestSchema, isBackupFileName, ledgerStateSchema } from '../backup';
import { safeFileName } from '../common/fileName';
import { settingsPatchSchema, settingsSchema } from '../settings/settings';

/**
 * The one contract between renderer and main. Each operation names its channel and the zod
 * schemas of what crosses it; the preload exposes one named function per operation and the
 * main process parses every input with the schema here before touching it.
 */

const fileFilterSchema = z.object({
  name: z.string().max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/i)).max(10),
});

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const fileNameSchema = z.string().min(1).max(200).refine((name) => !/[\\/]/.test(name), 'a file name, not a path');

/**
 * A name the renderer suggests for a save dialog, built from what the clerk typed (the street
 * 城关镇/城关街道): cleaned on arrival into a bare name in the dialog's folder instead of refused,
 * so no export fails on its street's name and no suggestion can point outside that folder.
 */
const suggestedFileNameSchema = z.string().min(1).max(2000).transform(safeFileName);

export const saveFileInputSchema = z.object({
  suggestedName: suggestedFileNameSchema,
  // Any Uint8Array view: exports come from SheetJS and TextEncoder with their own buffers.
  data: z.custom<Uint8Array>((d) => d instanceof Uint8Array, 'bytes expected').refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
  filters: z.array(fileFilterSchema).max(10),
});

export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const openFileInputSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
});

export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('tooLarge'), name: z.string(), bytes: z.number() }),
]);

/** The page as it prints (A4), saved as a PDF where the user says: a rectification notice. */
export const saveAsPdfInputSchema = z.object({ suggestedName: suggestedFileNameSchema }).strict();

/**
 * Backups (issue 9): the main process keeps them as files in the backup folder. Names are bare
 * backup file names (never paths), so the page can only ever reach files in that folder.
 * A backup with every photo can be far larger than an exported workbook (100 MB and more), so
 * it never crosses IPC as one message: it is written in a session of numbered chunks (begin →
 * chunk 0, 1, … → finish with the file's SHA-256, or abort) and read back chunk by chunk from
 * an offset. Each message holds at most BACKUP_CHUNK_BYTES.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;
export const BACKUP_CHUNK_BYTES = 4 * 1024 * 1024;
const backupFileNameSchema = fileNameSchema.refine(isBackupFileName, 'a backup file name');
const chunkBytesSchema = z
  .custom<Uint8Array>((d) => d instanceof Uint8Array, 'bytes expected')
  .refine((d) => d.byteLength >= 1 && d.byteLength <= BACKUP_CHUNK_BYTES, 'a chunk of 1 byte to 4 MiB');
/** A write session's token: random, known only to the page that began it. */
const backupSessionSchema = z.string().regex(/^[0-9a-f]{32}$/, 'a backup write session');
const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');
/** A backup file the user chose to open (another PC's copy), by the token its opening gave. */
const openedTokenSchema = z.string().regex(/^[0-9a-f]{32}$/, 'an opened backup file');

export const storedBackupSchema = z.object({
  fileName: backupFileNameSchema,
  bytes: z.number().int().min(0),
  manifest: backupManifestSchema,
});
export const backupListingSchema = z.object({
  /** The folder, as the user should read it. */
  location: z.string(),
  entries: z.array(storedBackupSchema),
});
export const beginBackupWriteInputSchema = z.object({ fileName: backupFileNameSchema, bytes: z.number().int().min(1).max(MAX_BACKUP_BYTES) }).strict();
export const backupWriteSessionSchema = z.object({ session: backupSessionSchema }).strict();
export const writeBackupChunkInputSchema = z.object({ session: backupSessionSchema, index: z.number().int().min(0), data: chunkBytesSchema }).strict();
export const finishBackupWriteInputSchema = z.object({ session: backupSessionSchema, sha256: sha256Schema }).strict();
export const readBackupChunkInputSchema = z
  .object({
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('stored'), fileName: backupFileNameSchema }).strict(),
      z.object({ kind: z.literal('opened'), token: openedTokenSchema }).strict(),
    ]),
    offset: z.number().int().min(0).max(MAX_BACKUP_BYTES),
  })
  .strict();
export const backupChunkResultSchema = z.object({
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= BACKUP_CHUNK_BYTES, 'chunk too large'),
  /** The whole file's length, so the page knows when it has read it all. */
  bytes: z.number().int().min(0),
});
export const openBackupFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), name: z.string(), bytes: z.number().int().min(0), token: openedTokenSchema }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('tooLarge'), name: z.string(), bytes: z.number() }),
]);
export const backupNameInputSchema = z.object({ fileName: backupFileNameSchema }).strict();
export const deleteBackupsInputSchema = z.object({ fileNames: z.array(backupFileNameSchema).max(1000) }).strict();
export const chooseFolderResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), folder: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

/**
 * Faults the ledger must survive (issue 10): the last known state kept outside IndexedDB, the
 * free space of the profile's disk before a bulk write, and a commit that must not be cut off by
 * closing the window.
 */
export const diskSpaceSchema = z.object({ freeBytes: z.number().min(0) });
export const commitRunningSchema = z.object({ running: z.boolean() }).strict();

export const ipcContract = {
  getSettings: { channel: 'settings:get', input: z.undefined(), output: settingsSchema },
  updateSettings: { channel: 'settings:update', input: settingsPatchSchema, output: settingsSchema },
  saveFile: { channel: 'file:save', input: saveFileInputSchema, output: saveFileResultSchema },
  openFile: { channel: 'file:open', input: openFileInputSchema, output: openFileResultSchema },
  saveAsPdf: { channel: 'print:pdf', input: saveAsPdfInputSchema, output: saveFileResultSchema },
  listBackups: { channel: 'backup:list', input: z.undefined(), output: backupListingSchema },
  beginBackupWrite: { channel: 'backup:write-begin', input: beginBackupWriteInputSchema, output: backupWriteSessionSchema },
  writeBackupChunk: { channel: 'backup:write-chunk', input: writeBackupChunkInputSchema, output: z.object({ received: z.number().int().min(0) }) },
  finishBackupWrite: { channel: 'backup:write-finish', input: finishBackupWriteInputSchema, output: storedBackupSchema },
  abortBackupWrite: { channel: 'backup:write-abort', input: backupWriteSessionSchema, output: z.object({ aborted: z.boolean() }) },
  readBackupChunk: { channel: 'backup:read-chunk', input: readBackupChunkInputSchema, output: backupChunkResultSchema },
  deleteBackups: { channel: 'backup:delete', input: deleteBackupsInputSchema, output: z.object({ deleted: z.number().int().min(0) }) },
  saveBackupCopy: { channel: 'backup:save-copy', input: backupNameInputSchema, output: saveFileResultSchema },
  openBackupFile: { channel: 'backup:open-file', input: z.undefined(), output: openBackupFileResultSchema },
  chooseBackupFolder: { channel: 'backup:choose-folder', input: z.undefined(), output: chooseFolderResultSchema },
  readLedgerState: { channel: 'ledger:read-state', input: z.undefined(), output: ledgerStateSchema.nullable() },
  recordLedgerState: { channel: 'ledger:record-state', input: ledgerStateSchema, output: z.object({ recorded: z.literal(true) }) },
  diskSpace: { channel: 'disk:space', input: z.undefined(), output: diskSpaceSchema },
  setCommitRunning: { channel: 'commit:running', input: commitRunningSchema, output: commitRunningSchema },
} as const;

export type IpcContract = typeof ipcContract;
export type IpcOperation = keyof IpcContract;
export type IpcInput<K extends IpcOperation> = z.input<IpcContract[K]['input']>;
export type IpcOutput<K extends IpcOperation> = z.output<IpcContract[K]['output']>;

/**
 * What the preload puts on `window.streetLedger`: one function per operation. Operations without
 * input take no argument.
 */
export type StreetLedgerBridge = {
  readonly [K in IpcOperation]: IpcInput<K> extends undefined
    ? () => Promise<IpcOutput<K>>
    : (input: IpcInput<K>) => Promise<IpcOutput<K>>;
};

/** The name under which the preload exposes the bridge. */
export const BRIDGE_KEY = 'streetLedger';
