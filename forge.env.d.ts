// Constants that @electron-forge/plugin-vite substitutes into the main-process bundle for the
// renderer named 'main_window' (forge.config.ts). The dev server URL is set only under
// `electron-forge start`; in a packaged build it is undefined.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
