import { App as AntApp, Table } from 'antd';
import { useDeferredValue, useState } from 'react';
import type { Estate } from '../../../shared/estates/estate';
import { cleanText } from '../../../shared/common/text';
import type { Settings } from '../../../shared/settings/settings';
import { DbProvider } from '../../../renderer/db/DbContext';
import type { StreetLedgerDb } from '../../../renderer/db/StreetLedgerDb';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider';
import { EstatesPage } from '../../../renderer/estates/EstatesPage';
import type { Platform } from '../../../renderer/platform';
import { PlatformProvider } from '../../../renderer/platform/PlatformContext';
import { SettingsProvider } from '../../../renderer/settings/SettingsProvider';
import type { SearchClient } from '../../../renderer/search';
import { SearchIndexProvider } from '../../../renderer/search/ui';

/** The estate page as the app mounts it, on the given database, its filter matched by the search worker. */
export function AppEstatesPage({ db, platform, settings, search }: { db: StreetLedgerDb; platform: Platform; settings: Settings; search: SearchClient }) {
  return (
    <PlatformProvider platform={platform}>
      <SettingsProvider platform={platform} initial={settings}>
        <DbProvider db={db}>
          <I18nProvider locale={settings.locale}>
            <AntApp>
              <SearchIndexProvider client={search}>
                <EstatesPage navigate={() => undefined} />
              </SearchIndexProvider>
            </AntApp>
          </I18nProvider>
        </DbProvider>
      </SettingsProvider>
    </PlatformProvider>
  );
}

const BARE_COLUMNS = (['name', 'communityId', 'estateClass', 'mode', 'company', 'buildings', 'households', 'address'] as const).map((key) => ({
  title: key,
  dataIndex: key,
  key,
  width: 150,
}));

/** The least a virtual table needs: the same rows, text folded beforehand, a plain filter. */
export function BareEstateTable({ estates, folded }: { estates: readonly Estate[]; folded: readonly string[] }) {
  const [text, setText] = useState('');
  const needle = cleanText(useDeferredValue(text)).toLowerCase();
  const shown = estates.filter((_, i) => folded[i]!.includes(needle));
  return (
    <div>
      <span data-testid="estate-search">
        <input value={text} onChange={(e) => setText(e.target.value)} />
      </span>
      <span data-testid="bare-shown">{shown.length}</span>
      <Table<Estate> virtual rowKey="id" size="small" dataSource={shown} pagination={false} scroll={{ x: 1200, y: 500 }} columns={BARE_COLUMNS} />
    </div>
  );
}
