import { Alert } from 'antd';
import { useNewerDatabase } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';

/** On every page while a newer build's database is open read-only: why, and what to do. */
export function ReadOnlyBanner() {
  const newer = useNewerDatabase();
  const { faults } = useMessages();
  if (!newer) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      title={faults.readOnly.title}
      description={faults.readOnly.detail(newer.found, newer.known)}
      data-testid="read-only-banner"
      style={{ marginBottom: 16 }}
    />
  );
}
