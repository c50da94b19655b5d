import { Alert, App as AntApp, Button, Card, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { useDb } from '../db/DbContext';
import { rememberColumnMapping } from '../db/importBatchRepository';
import { describeFailure } from './describeFailure';
import { ImportFailed } from './ImportClient';
import { useImportRunner } from './ImportRunner';
import type { KindChoice } from './importProtocol';
import type { InventoryPreview, KindPreview } from './exchangePreview';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useSettings } from '../settings/SettingsProvider';
import { KindPreviewCard } from './KindPreviewCard';
import { useRefusal } from '../components/useRefusal';

type Choices = Partial<Record<KindPreview['kind'], KindChoice>>;

type ImportState =
  | { readonly step: 'idle'; readonly error?: string }
  | { readonly step: 'working'; readonly label: string }
  | {
      readonly step: 'preview';
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly choices: Choices;
      /** Communities the user agreed to create with the import. */
      readonly newCommunities: readonly string[];
      /** Companies the user agreed to register with the import. */
      readonly newCompanies: readonly string[];
      readonly preview: InventoryPreview;
      readonly error?: string;
    };

const WORKBOOK_FILTERS = [{ name: 'Excel / WPS / CSV', extensions: ['xlsx', 'xls', 'ods', 'csv'] }];

/** Records a file names and the ledger lacks (communities, companies): offered for creation, or to be created. */
function CommunityOffer(props: { type: 'warning' | 'info'; title: string; testId: string; action: string; actionTestId: string; onAction: () => void }) {
  return (
    <Alert
      type={props.type}
      showIcon
      style={{ marginTop: 8 }}
      title={props.title}
      data-testid={props.testId}
      action={<Button onClick={props.onAction} data-testid={props.actionTestId}>{props.action}</Button>}
    />
  );
}

/** Choose a file → preview (sheet, header, columns, every row's fate) → commit in one transaction. */
export function ImportPanel() {
  const messages = useMessages();
  const refusal = useRefusal();
  const { ui, locale } = messages;
  const t = ui.exchangePage;
  const { message } = AntApp.useApp();
  const db = useDb();
  const platform = usePlatform();
  const { settings } = useSettings();
  // The app's worker, not this page's: leaving the page never cuts a commit off.
  const runner = useImportRunner();
  const { client } = runner;
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const reason = (error: unknown) => {
    if (error instanceof ImportFailed) return describeFailure(error.failure, messages);
    return refusal.messageOf(error);
  };

  /** A refused re-analysis (a sheet without a header, say) keeps the last good preview on screen. */
  const analyse = async (
    name: string, bytes: Uint8Array, choices: Choices, previous?: Extract<ImportState, { step: 'preview' }>,
    newCommunities: readonly string[] = previous?.newCommunities ?? [], newCompanies: readonly string[] = previous?.newCompanies ?? [],
  ) => {
    setState({ step: 'working', label: t.analysing(name) });
    try {
      const preview = await client.analyse({
        type: 'analyse',
        bytes,
        fileName: name,
        locale,
        rules: { defaultTermYears: settings.committeeTermYears },
        ownStreet: settings.streetName,
        newCommunities,
        newCompanies,
        choices,
      });
      setState({ step: 'preview', name, bytes, choices, newCommunities, newCompanies, preview });
    } catch (error) {
      const message = t.fileFailed(name, reason(error));
      setState(previous ? { ...previous, error: message } : { step: 'idle', error: message });
    }
  };

  const chooseFile = async () => {
    try {
      const opened = await platform.openFile({ filters: WORKBOOK_FILTERS });
      if (opened.status === 'opened') await analyse(opened.name, opened.data, {});
      if (opened.status === 'tooLarge') setState({ step: 'idle', error: t.fileFailed(opened.name, describeFailure({ kind: 'exchange', code: 'tooLarge', params: { bytes: opened.bytes, max: MAX_FILE_BYTES } }, messages)) });
    } catch (error) {
      // The file dialog itself failed: say so on the panel rather than leave a rejected promise.
      setState({ step: 'idle', error: reason(error) });
    }
  };

  if (state.step === 'working') {
    return <Card title={t.importTitle}><Spin /> <span data-testid="import-working">{state.label}</span></Card>;
  }

  if (state.step === 'idle') {
    return (
      <Card title={t.importTitle} data-testid="import-panel">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary">{t.importHint}</Typography.Paragraph>
          {state.error && <Alert type="error" showIcon title={state.error} data-testid="import-error" />}
          <Button type="primary" onClick={() => void chooseFile()} data-testid="import-choose">{t.chooseFile}</Button>
        </Space>
      </Card>
    );
  }

  const { preview } = state;
  const toWrite = preview.kinds.reduce((n, k) => n + k.addedCount + k.changedCount, 0) + preview.newCommunities.length + preview.newCompanies.length;
  const names = (list: readonly string[]) => list.join(t.columnListSeparator);
  const createCommunities = (list: readonly string[]) => void analyse(state.name, state.bytes, state.choices, { ...state, error: undefined }, list);
  const createCompanies = (list: readonly string[]) => void analyse(state.name, state.bytes, state.choices, { ...state, error: undefined }, state.newCommunities, list);
  const c = messages.companies.importOffer;
  /**
   * The records a file names and the ledger lacks (communities, companies): each offered for
   * creation with the import, and once agreed, said so with a way back.
   */
  const offerOf = (kind: 'communities' | 'companies', unknown: readonly string[], agreed: readonly string[], created: readonly string[], words: { unknown: (n: number, names: string) => string; create: string; created: (n: number, names: string) => string; keep: string }, create: (list: readonly string[]) => void) => [
    ...(unknown.length > 0 ? [{ type: 'warning' as const, title: words.unknown(unknown.length, names(unknown)), testId: `import-unknown-${kind}`, action: words.create, actionTestId: `import-create-${kind}`, onAction: () => create([...agreed, ...unknown]) }] : []),
    ...(created.length > 0 ? [{ type: 'info' as const, title: words.created(created.length, names(created)), testId: `import-new-${kind}`, action: words.keep, actionTestId: `import-keep-${kind}`, onAction: () => create([]) }] : []),
  ];
  const offers = [
    ...offerOf('communities', preview.unknownCommunities, state.newCommunities, preview.newCommunities, { unknown: t.unknownCommunities, create: t.createCommunities, created: t.newCommunities, keep: t.keepCommunities }, createCommunities),
    ...offerOf('companies', preview.unknownCompanies, state.newCompanies, preview.newCompanies, c, createCompanies),
  ];
  const choose = async (kind: KindPreview['kind'], choice: KindChoice) => {
    const shown = preview.kinds.find((k) => k.kind === kind);
    // Not remembering a correction must not stop it being applied to this file.
    const columns = choice.columns;
    if (columns && shown) await refusal.run(() => rememberColumnMapping(db, kind, shown.signature, columns));
    await analyse(state.name, state.bytes, { ...state.choices, [kind]: choice }, { ...state, error: undefined });
  };
  const saveErrors = async (kind: KindPreview['kind']) => {
    try {
      const data = await client.errorWorkbook({ type: 'errorWorkbook', kind, locale });
      const saved = await platform.saveFile({ suggestedName: t.errorFileName(state.name), data, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (saved.status === 'saved') void message.success(t.exported(saved.path));
    } catch (error) {
      void message.error(reason(error));
    }
  };
  const commit = async () => {
    setState({ step: 'working', label: t.committing });
    // The runner says the result wherever the clerk is by then; this panel, if still shown,
    // goes back to choosing a file, or keeps the preview with the reason it was refused.
    const done = await runner.commit(state.name, settings.operator, { complaintNumberPattern: settings.complaintNumberPattern, noticeNumberPattern: settings.noticeNumberPattern }, toWrite);
    if (done.status === 'failed') setState({ ...state, error: done.reason });
    else setState({ step: 'idle' });
  };

  return (
    <Card title={`${t.importTitle}${messages.domain.separator}${preview.fileName}`} data-testid="import-preview">
      {state.error && <Alert type="error" showIcon title={state.error} data-testid="import-error" />}
      {offers.map((offer) => (
        <CommunityOffer key={offer.testId} {...offer} />
      ))}
      {preview.kinds.map((kind) => (
        <div key={kind.kind}>
          <KindPreviewCard preview={kind} onChoose={(choice) => void choose(kind.kind, choice)} />
          {kind.counts.invalid > 0 && (
            <Button style={{ marginTop: 8 }} onClick={() => void saveErrors(kind.kind)} data-testid={`preview-${kind.kind}-save-errors`}>
              {t.saveErrors}
            </Button>
          )}
        </div>
      ))}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" disabled={toWrite === 0} onClick={() => void commit()} data-testid="import-commit">{t.commit}</Button>
        <Button onClick={() => setState({ step: 'idle' })} data-testid="import-cancel">{t.cancel}</Button>
        {toWrite === 0 && <Typography.Text type="secondary">{t.nothingToCommit}</Typography.Text>}
      </Space>
    </Card>
  );
}
