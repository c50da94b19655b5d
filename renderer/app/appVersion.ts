import { version } from '../../package.json';

/** The version this renderer was built as (the browser build has no main process to ask). */
export const BUILT_APP_VERSION: string = version;
