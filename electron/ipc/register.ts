import type { z } from 'zod';
import { ipcContract, type IpcOperation } from '../../shared/ipc/contract';
import type { ShellMessages } from '../../shared/i18n/shell';
import type { SenderFrame } from '../appOrigin';
import type { InvocationContext, IpcHandlers } from './handlers';

/** The part of an IpcMainInvokeEvent the gate and the handlers read. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null | undefined;
  /** The asking page's webContents (Electron's `event.sender`). */
  readonly sender?: { printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array> };
}

export type InvokeListener = (event: InvokeEvent, raw?: unknown) => Promise<unknown>;

/** What registration needs of ipcMain; Electron's ipcMain satisfies it. */
export interface IpcRegistrar {
  handle(channel: string, listener: InvokeListener): void;
}

export interface IpcGate {
  readonly isTrustedSender: (frame: SenderFrame | null | undefined) => boolean;
  /** Messages in the user's current language, for the errors the renderer will show. */
  readonly messages: () => ShellMessages;
}

/** The listener for one operation: sender check, input parse, handler, output parse. */
export function gatedListener(operation: IpcOperation, handlers: IpcHandlers, gate: IpcGate): InvokeListener {
  const { channel, input, output }: { channel: string; input: z.ZodType; output: z.ZodType } = ipcContract[operation];
  // Sound because the input reaching it was parsed by this very operation's schema; TypeScript
  // cannot correlate the two through the loop over operation names.
  const handler = handlers[operation] as (input: unknown, context: InvocationContext) => Promise<unknown>;

  return async (event, raw) => {
    if (!gate.isTrustedSender(senderFrameOf(event))) {
      throw new Error(gate.messages().errors.foreignSender(channel));
    }
    const parsedInput = input.safeParse(raw);
    if (!parsedInput.success) {
      throw new Error(gate.messages().errors.invalidRequest(channel, describeIssues(parsedInput.error)));
    }
    const result = await handler(parsedInput.data, contextOf(event));
    const parsedOutput = output.safeParse(result);
    if (!parsedOutput.success) {
      console.error(`${channel} replied outside the contract`, parsedOutput.error.issues);
      throw new Error(gate.messages().errors.invalidReply(channel));
    }
    return parsedOutput.data;
  };
}

/** Registers one ipcMain.handle per operation of the contract. Returns the channels registered. */
export function registerIpcHandlers(ipc: IpcRegistrar, handlers: IpcHandlers, gate: IpcGate): string[] {
  const operations = Object.keys(ipcContract) as IpcOperation[];
  for (const operation of operations) {
    ipc.handle(ipcContract[operation].channel, gatedListener(operation, handlers, gate));
  }
  return operations.map((operation) => ipcContract[operation].channel);
}

function contextOf(event: InvokeEvent): InvocationContext {
  return {
    printToPdf: async () => {
      if (!event.sender) throw new Error('no page to print');
      return event.sender.printToPDF({ pageSize: 'A4', printBackground: true });
    },
  };
}

function senderFrameOf(event: InvokeEvent): SenderFrame | null | undefined {
  try {
    return event.senderFrame;
  } catch {
    // Electron may throw here when the frame is already gone.
    return null;
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
