/** What other folders may use of renderer/history (no React: safe for the import worker). */
export * from './changeContext';
export * from './historyExport';
export * from './historyMiddleware';
export * from './historyRepository';
export * from './reasonGuard';
export * from './formerNames';
