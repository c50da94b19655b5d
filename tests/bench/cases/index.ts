import type { BenchCase } from '../benchCase';
import { BACKUP_BENCH_CASES } from './backups';
import { COMPLAINT_BENCH_CASES } from './complaints';
import { ESTATE_BENCH_CASES } from './estateSearch';
import { EXCHANGE_BENCH_CASES } from './exchange';
import { INSPECTION_BENCH_CASES } from './inspections';
import { DASHBOARD_BENCH_CASES } from './dashboard';
import { SEARCH_BENCH_CASES } from './searchBox';

/** Every benchmark, in the order they run. Each issue's cases live in their own file here. */
export const BENCH_CASES: readonly BenchCase[] = [...EXCHANGE_BENCH_CASES, ...INSPECTION_BENCH_CASES, ...BACKUP_BENCH_CASES, ...ESTATE_BENCH_CASES, ...SEARCH_BENCH_CASES, ...DASHBOARD_BENCH_CASES, ...COMPLAINT_BENCH_CASES];
