import type { Problem, Validated } from '../common/problem';
import type { ExchangeKind } from './recordKind';

/**
 * What one kind of record looks like in a spreadsheet: its fields, the column names each goes
 * by, and how a row becomes a record. The pipeline (header search, normalising, validation,
 * duplicates, diff) is the same for every kind; a new kind (committee terms, inspections)
 * needs only a new `RecordMapping`.
 */

/** How a cell is turned into the value the kind's validator expects. */
export type FieldKind =
  /** Text; numbers are written out as the sheet shows them. */
  | 'text'
  /** Phone, ID or filing numbers: text that must never pass through a float. */
  | 'code'
  /** Whole numbers (counts); "1,203" and full-width digits are read by the validator. */
  | 'count'
  /** Measures such as floor area; may carry a scale from the column name (万㎡). */
  | 'measure'
  /** A value the validator parses from text or number as it is (class, mode, yes/no). */
  | 'raw'
  /** A date: an Excel serial in the workbook's date system, or text; becomes ISO text. */
  | 'date';

export interface Synonym {
  readonly header: string;
  /** Multiplies the cell's number, e.g. 10 000 for a column in 万㎡. */
  readonly scale?: number;
}

export interface FieldDef {
  /** The record field; also the `field` of the validator's problems for it. */
  readonly key: string;
  readonly kind: FieldKind;
  /**
   * Column names that mean this field. The first is the canonical header our own exports
   * write, so an export always imports back; it is a file-format contract, not UI text.
   */
  readonly synonyms: readonly [string, ...(string | Synonym)[]];
  /** A sheet without this column cannot be imported as this kind. */
  readonly required?: boolean;
  /**
   * A column only our own exports add (an estate's 别名): the lists clerks and the district
   * return never carry it, so a sheet without it is not judged a worse match for lacking it.
   */
  readonly ownExportOnly?: boolean;
}

export interface RecordIdentity {
  /** What makes two rows the same record (nameKey based). */
  readonly key: string;
  /** The field a duplicate is reported against. */
  readonly field: string;
  /** How a person recognises the record in a message, in any language: "印盒石社区 / 阳光花园". */
  readonly label: string;
}

/** A record this one points at (an estate's community), which must exist. */
export interface RecordReference {
  readonly kind: ExchangeKind;
  readonly key: string;
  readonly problem: Problem;
}

/**
 * A field a sheet's name may give every row of the sheet: a workbook with one sheet per
 * community and no community column.
 */
export interface SheetNameField {
  readonly field: string;
  /** The kind whose stored keys (`RowContext.known`) say which names are real. */
  readonly knownKind: string;
  /** Whether a sheet so named gives the field; `known` holds stored name keys, if any. */
  accepts(sheetName: string, known: ReadonlySet<string> | undefined): boolean;
}

/** Why a column that says something is not imported as this kind. */
export type NotImportedReason =
  /** 整改期限, 整改结果, 处理措施 in an inspection log: they belong to a rectification notice, which needs its number. */
  'belongsToNotice';

/** Columns a sheet of this kind often has and the kind cannot keep: each filled cell is listed, never dropped silently. */
export interface NotImportedColumn {
  readonly synonyms: readonly string[];
  readonly reason: NotImportedReason;
}

export interface RecordMapping<V> {
  readonly kind: ExchangeKind;
  readonly fields: readonly FieldDef[];
  /** Fewest fields a header must name to count as this kind's header. */
  readonly minFields: number;
  /** Fields whose text marks a total row (合计, 小计 …), which is skipped, not imported. */
  readonly totalMarkerFields: readonly string[];
  readonly sheetNameField?: SheetNameField;
  /**
   * A field that says whose list a row belongs to (所属街道 in a district list across streets):
   * not part of the record, but part of its identity, so two streets' 新村社区 stay two, and
   * the app takes only its own street's rows.
   */
  readonly streetField?: string;
  readonly notImported?: readonly NotImportedColumn[];
  /** Sheets so named sum up or explain the others (汇总, 填表说明) and are never this kind's list. */
  readonly summarySheet?: RegExp;
  /** The validator's problems name mapping fields, or the names in `problemFields`. */
  validate(draft: Readonly<Record<string, unknown>>): Validated<V>;
  /** Validator field name → mapping field key, where they differ. */
  readonly problemFields?: Readonly<Record<string, string>>;
  identity(value: V): RecordIdentity;
  references?(value: V): readonly RecordReference[];
  /** Fields a diff compares and an update writes (the identity's own key fields excluded). */
  readonly diffFields: readonly string[];
  fieldValue(value: V, field: string): unknown;
  /** `base` with the given fields taken from `incoming`: an update writes only mapped columns. */
  withFields(base: V, incoming: V, fields: readonly string[]): V;
}
