import { parentPort } from 'node:worker_threads';
import { analyseFile, type Reading } from './analyseFile';
import type { Locale } from '../shared/i18n/locale';

/** The worker side of `isolation.ts`: analyses one file per message, in order. */
export interface AnalysisRequest {
  readonly id: number;
  readonly file: string;
  readonly cwd: string;
  readonly reading: Reading;
  readonly locale: Locale;
}

parentPort?.on('message', (request: AnalysisRequest) => {
  void analyseFile(request.file, request.cwd, request.reading, request.locale).then((result) => parentPort?.postMessage({ id: request.id, result }));
});
