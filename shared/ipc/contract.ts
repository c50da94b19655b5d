import { z } from 'zod';
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

export const saveFileInputSchema = z.object({
  suggestedName: fileNameSchema,
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
export const saveAsPdfInputSchema = z.object({ suggestedName: fileNameSchema }).strict();

export const ipcContract = {
  getSettings: { channel: 'settings:get', input: z.undefined(), output: settingsSchema },
  updateSettings: { channel: 'settings:update', input: settingsPatchSchema, output: settingsSchema },
  saveFile: { channel: 'file:save', input: saveFileInputSchema, output: saveFileResultSchema },
  openFile: { channel: 'file:open', input: openFileInputSchema, output: openFileResultSchema },
  saveAsPdf: { channel: 'print:pdf', input: saveAsPdfInputSchema, output: saveFileResultSchema },
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
