import { describe, expect, it } from 'vitest';
import { ipcContract, type StreetLedgerBridge } from '../../shared/ipc/contract';
import { createElectronPlatform } from './electronPlatform';

describe('the desktop platform', () => {
  it('cleans every suggested name before it crosses IPC, so the contract never has to', async () => {
    const sent: unknown[] = [];
    const bridge = {
      saveFile: async (input: unknown) => {
        sent.push(input);
        return { status: 'cancelled' as const };
      },
      saveAsPdf: async (input: unknown) => {
        sent.push(input);
        return { status: 'cancelled' as const };
      },
    } as unknown as StreetLedgerBridge;
    const platform = createElectronPlatform(bridge);
    await platform.saveFile({ suggestedName: '城关镇/城关街道-台账-2024-06-30.xlsx', data: new Uint8Array([1]), filters: [] });
    await platform.saveAsPdf('整改通知书〔2024〕第1号-城关\\一期.pdf');
    expect(sent).toEqual([
      { suggestedName: '城关镇_城关街道-台账-2024-06-30.xlsx', data: new Uint8Array([1]), filters: [] },
      { suggestedName: '整改通知书〔2024〕第1号-城关_一期.pdf' },
    ]);
    // What the page sends is already what the contract would make of it.
    expect(ipcContract.saveFile.input.parse(sent[0])).toEqual(sent[0]);
  });
});
