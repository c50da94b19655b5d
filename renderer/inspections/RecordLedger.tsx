import type { DateRange } from '../../shared/inspections/ledgerFilter';
import { LedgerTable, LedgerTools } from '../components/table/LedgerTable';
import { useColumnChoice, type LedgerColumn } from '../components/table/useColumnChoice';
import { useMessages } from '../i18n/I18nProvider';
import { LedgerFilterBar } from './LedgerFilterBar';
import type { EstateDirectory } from './useEstateDirectory';
import { useSaveWorkbook } from './useSaveWorkbook';

type LedgerFilter = DateRange & { readonly communityIds: readonly string[] };

/**
 * A ledger of the inspection domain (检查台账, 整改台账): the filter bar with its one facet, the
 * column chooser, the export of exactly the rows shown, and a virtual table with its count.
 * Each ledger brings its rows, columns and words; `testId` prefixes every part
 * (`${testId}-ledger`, `-filter`, `-columns`, `-export`, `-shown`).
 */
export function RecordLedger<Row extends { readonly id: string }, F extends LedgerFilter, V extends string>({
  testId,
  choiceKey,
  directory,
  rows,
  shown,
  columns,
  defaultColumns,
  label,
  filter,
  emptyFilter,
  facet,
  dateChoice,
  onFilter,
  exportFile,
  rowTestId,
  emptyText,
  shownText,
}: {
  testId: string;
  /** Where the clerk's choice of columns is remembered. */
  choiceKey: string;
  directory: EstateDirectory;
  /** Every row the date range reads; undefined while loading. */
  rows: readonly Row[] | undefined;
  /** The rows the filters let through, in the order shown. */
  shown: Row[];
  columns: readonly LedgerColumn<Row>[];
  defaultColumns: readonly string[];
  /** The table's name for screen readers. */
  label: string;
  filter: F;
  emptyFilter: F;
  facet: Parameters<typeof LedgerFilterBar<F, V>>[0]['facet'];
  dateChoice?: Parameters<typeof LedgerFilterBar<F, V>>[0]['dateChoice'];
  onFilter: (filter: F) => void;
  /** The workbook of the rows shown: its file name and its bytes. */
  exportFile: { readonly name: string; readonly bytes: () => Uint8Array };
  rowTestId: (row: Row) => string;
  emptyText: string;
  shownText: (shown: number, total: number) => string;
}) {
  const { inspections: t } = useMessages();
  const saveWorkbook = useSaveWorkbook();
  const choice = useColumnChoice(choiceKey, columns, defaultColumns);

  return (
    <div data-testid={`${testId}-ledger`}>
      <LedgerFilterBar<F, V>
        testId={`${testId}-filter`}
        filter={filter}
        empty={emptyFilter}
        communities={directory.communities}
        facet={facet}
        dateChoice={dateChoice}
        onChange={onFilter}
        extra={
          <LedgerTools
            testId={testId}
            choice={choice}
            shownCount={shown.length}
            exportLabel={t.report.exportShown}
            onExport={() => void saveWorkbook(exportFile.name, exportFile.bytes)}
          />
        }
      />
      <LedgerTable<Row> testId={testId} label={label} choice={choice} rows={rows} shown={shown} reserved={360} rowTestId={rowTestId} emptyText={emptyText} shownText={shownText} />
    </div>
  );
}

/** Where each exported row sits: its community and estate by name. */
export function placedIn<Row extends { readonly estateId: string }>(directory: EstateDirectory, shown: readonly Row[]) {
  return shown.map((record) => ({ community: directory.get(record.estateId)?.community?.name ?? '', estate: directory.get(record.estateId)?.estate.name ?? '', record }));
}
