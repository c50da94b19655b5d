import { Spin } from 'antd';
import { useSettings } from '../../settings/SettingsProvider';
import { ClassTable } from './ClassTable';
import { useReconciledTable } from './useReconciledTable';

export function ClassTablePage() {
  const table = useReconciledTable();
  const { settings } = useSettings();
  return <div data-testid="class-table-page">{table ? <ClassTable table={table} streetName={settings.streetName} /> : <Spin />}</div>;
}
