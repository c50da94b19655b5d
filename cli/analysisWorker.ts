import { parentPort } from 'node:worker_threads';
import { analyseFile } from './analyseFile';
import type { FileChoice } from './fileChoice';
import type { Locale } from '../shared/i18n/locale';

/** The worker side of `isolation.ts`: analyses one file per message, in order. */
export interface AnalysisRequest {
  readonly id: number;
  readonly file: string;
  readonly cwd: string;
  readonly choice: FileChoice;
  readonly locale: Locale;
}

parentPort?.on('message', (request: AnalysisRequest) => {
  void analyseFile(request.file, request.cwd, request.choice, request.locale).then((result) => parentPort?.postMessage({ id: request.id, result }));
});
