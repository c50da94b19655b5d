import type { StreetLedgerBridge } from '../../shared/ipc/contract';
import type { Platform } from './Platform';

export function createElectronPlatform(bridge: StreetLedgerBridge): Platform {
  return {
    kind: 'electron',
    getSettings: () => bridge.getSettings(),
    updateSettings: (patch) => bridge.updateSettings(patch),
    saveFile: (request) => bridge.saveFile(request),
    openFile: (request) => bridge.openFile(request),
    saveAsPdf: (suggestedName) => bridge.saveAsPdf({ suggestedName: suggestedName.replace(/[\\/]/g, '_') }),
  };
}
