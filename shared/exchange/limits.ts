/**
 * Bounds on what a file may make us do. Each is far above any real return from a street office
 * (the largest district inventories run to tens of thousands of estates) and far below what
 * would freeze a worker or exhaust its memory.
 */
export interface ExchangeLimits {
  /** Bytes of the file as received. */
  readonly maxFileBytes: number;
  /** Entries in a zip container (.xlsx, .ods). */
  readonly maxZipEntries: number;
  /** Declared uncompressed bytes of one zip entry. */
  readonly maxEntryBytes: number;
  /** Declared uncompressed bytes of all zip entries together. */
  readonly maxTotalBytes: number;
  /** Uncompressed : compressed, checked for entries above `ratioFloorBytes`. */
  readonly maxCompressionRatio: number;
  readonly ratioFloorBytes: number;
  /**
   * Data rows taken from one sheet, counted below its header (title and header rows do not
   * count); rows past them are reported as left out, by number, never taken.
   */
  readonly maxRows: number;
  /** Columns read from one sheet. */
  readonly maxColumns: number;
  /** Rows above the data searched for the header. */
  readonly headerSearchRows: number;
  /** Cells a single merged range may fill; larger ranges are left as they are. */
  readonly maxMergeCells: number;
  /** Cells all merged ranges of a sheet may fill together. */
  readonly maxMergeFill: number;
}

/**
 * Rows a reader takes from a sheet: room for the header search above the data rows, so a
 * sheet of exactly `maxRows` data rows below a title and a header is read whole.
 */
export function rowsToRead(limits: ExchangeLimits): number {
  return limits.maxRows + limits.headerSearchRows;
}

export const DEFAULT_LIMITS: ExchangeLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxZipEntries: 10_000,
  maxEntryBytes: 300 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  // Deflate cannot do better than about 1032 : 1; real sheet XML is around 10-50 : 1 and the
  // most repetitive sheets we could make stay under 200 : 1.
  maxCompressionRatio: 500,
  ratioFloorBytes: 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 256,
  headerSearchRows: 30,
  maxMergeCells: 250_000,
  maxMergeFill: 2_000_000,
};
