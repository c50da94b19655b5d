export { storedVersion as installedVersion } from '../db/storedVersion';
