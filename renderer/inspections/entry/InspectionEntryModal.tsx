import { Alert, Button, Col, Form, Input, Result, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Inspection } from '../../../shared/inspections/inspection';
import { hasProblems, problemsFound } from '../../../shared/inspections/inspection';
import { INSPECTION_KINDS } from '../../../shared/inspections/kinds';
import { weightedScore } from '../../../shared/inspections/scoring';
import { FormDialog } from '../../components/FormDialog';
import { useDb } from '../../db/DbContext';
import { INSPECTION_ENTRY_DRAFT, loadLastEntry } from '../inspectionDraftRepository';
import { createInspection, updateInspection } from '../inspectionRepository';
import { draftOwner } from '../inspectionRows';
import { useMessages } from '../../i18n/I18nProvider';
import { useSettings } from '../../settings/SettingsProvider';
import { PhotoStrip } from '../photos/PhotoStrip';
import { useEstateDirectory } from '../useEstateDirectory';
import { useToday } from '../useToday';
import { CategoryRows } from './CategoryRows';
import { blankEntry, categoryChecksOf, draftOf, entryOf, restoreEntry, restPass, type EntryValues } from './entryValues';
import { useEntryDraft } from './useEntryDraft';
import { entryConflict } from './entryConflict';
import { textLimit } from '../../components/textLimit';

export type EntryMode = { readonly kind: 'create'; readonly estateId?: string } | { readonly kind: 'edit'; readonly inspection: Inspection };

interface EntryProps {
  readonly mode: EntryMode;
  readonly onClose: () => void;
  /** After a save; `next` when the clerk goes straight on to the next entry. */
  readonly onSaved: (inspection: Inspection, next: boolean) => void;
}

const nowTime = () => dayjs().format('HH:mm');

/**
 * The fast entry form for an inspection, built for a clerk typing up a day's patrols: the
 * estate and inspectors of the last entry are already there, every category starts 合格, Tab
 * walks the fields, Ctrl+Enter saves and starts the next entry. What is typed is kept as a
 * draft on every change and offered back after a crash or a closed window.
 */
export function InspectionEntryModal({ open, ...props }: EntryProps & { open: boolean }) {
  // The draft and the form live while the dialog is open: closed, nothing is loaded or kept.
  return open ? <EntryDialog {...props} /> : null;
}

function EntryDialog({ mode, onClose, onSaved }: EntryProps) {
  const messages = useMessages();
  const { inspections: t, domain } = messages;
  const { settings } = useSettings();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const [form] = Form.useForm<Partial<EntryValues>>();
  const values = Form.useWatch([], form) as EntryValues | undefined;
  const creating = mode.kind === 'create';
  const readValues = useCallback(() => form.getFieldsValue(true) as EntryValues, [form]);
  const draft = useEntryDraft(INSPECTION_ENTRY_DRAFT, creating, readValues);
  const phase = draft.state.phase;
  // Set by 保存并录入下一条 (or Ctrl+Enter) just before the form is submitted.
  const next = useRef(false);
  const keepOpen = useRef(false);
  const initialValues = useMemo<Partial<EntryValues>>(() => (mode.kind === 'edit' ? entryOf(mode.inspection, domain.list) : {}), [mode, domain]);

  // A new entry is filled once the draft question is settled, with a fresh entry, unless the
  // clerk took the draft back; an edit starts from the record (initialValues).
  const filled = useRef(mode.kind === 'edit');
  useEffect(() => {
    if (filled.current || phase !== 'editing' || mode.kind === 'edit') return;
    filled.current = true;
    const estateId = mode.estateId;
    void loadLastEntry(db, INSPECTION_ENTRY_DRAFT).then((last) => {
      const blank = blankEntry(today, nowTime(), last, domain.list);
      form.setFieldsValue(estateId ? { ...blank, estateId } : blank);
    });
  }, [phase, mode, form, db, today, domain]);

  const restoreDraft = async () => {
    if (draft.state.phase !== 'offer') return;
    const offered = draft.state.values;
    filled.current = true;
    const last = await loadLastEntry(db, INSPECTION_ENTRY_DRAFT);
    form.setFieldsValue(restoreEntry(offered, blankEntry(today, nowTime(), last, domain.list)));
    draft.restore();
  };

  const write = async (_: unknown, edited: number | undefined): Promise<Inspection | false> => {
    if (phase !== 'editing') return false;
    draft.pause();
    try {
      const input = draftOf(readValues());
      return mode.kind === 'edit' ? await updateInspection(db, mode.inspection.id, input, edited) : await createInspection(db, input, { fromDraft: INSPECTION_ENTRY_DRAFT });
    } catch (error) {
      draft.resume();
      throw error;
    }
  };

  const saved = (inspection: Inspection) => {
    const again = next.current && creating;
    next.current = false;
    keepOpen.current = again;
    onSaved(inspection, again);
    if (!again) return;
    form.resetFields();
    form.setFieldsValue(blankEntry(today, nowTime(), { estateId: inspection.estateId, inspectors: inspection.inspectors }, domain.list));
    draft.resume();
  };

  const submitNext = () => {
    next.current = true;
    form.submit();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      if (creating) submitNext();
      else form.submit();
    }
  };

  const estateOptions = useMemo(
    () => (directory?.estates ?? []).map((e) => ({ value: e.id, label: domain.aside(e.name, directory?.get(e.id)?.community?.name ?? '') })),
    [directory, domain],
  );
  const scored = values?.kind === 'assessment';
  const weighted = scored && values ? weightedScore(categoryChecksOf(values), settings.assessmentWeights) : null;
  const ownerId = mode.kind === 'edit' ? mode.inspection.id : draftOwner(INSPECTION_ENTRY_DRAFT);

  const replaceForm =
    phase === 'loading' ? (
      <Spin data-testid="entry-loading" />
    ) : draft.state.phase === 'offer' ? (
      <Result
        status="info"
        data-testid="entry-draft-offer"
        title={t.entry.draftFound(dayjs(draft.state.savedAt).format('YYYY-MM-DD HH:mm'))}
        subTitle={
          <>
            {t.entry.draftFoundHint}
            {draft.state.photos > 0 && <> {t.entry.draftPhotos(draft.state.photos)}</>}
          </>
        }
        extra={
          <Space>
            <Button type="primary" autoFocus onClick={() => void restoreDraft()} data-testid="entry-draft-restore">{t.entry.draftRestore}</Button>
            <Button danger onClick={() => void draft.discard()} data-testid="entry-draft-discard">{t.entry.draftDiscard}</Button>
          </Space>
        }
      />
    ) : undefined;

  return (
    <FormDialog<Partial<EntryValues>, Inspection, Inspection>
      open
      title={creating ? t.entry.addTitle : t.entry.editTitle}
      okText={t.entry.save}
      testId="entry"
      width={1000}
      guarded
      form={form}
      initialValues={initialValues}
      version={mode.kind === 'edit' ? mode.inspection.updatedAt : undefined}
      conflict={mode.kind === 'edit' ? entryConflict(messages, (id) => directory?.label(id)) : undefined}
      write={write}
      savedMessage={(inspection) => (hasProblems(inspection) ? t.entry.savedWithProblems(problemsFound(inspection).length) : t.entry.saved)}
      onSaved={saved}
      stayOpen={() => keepOpen.current}
      onClose={onClose}
      onValuesChange={() => draft.changed()}
      replaceForm={replaceForm}
      footerNote={
        <Typography.Text type="secondary" data-testid="entry-draft-status">
          {creating && draft.savedAt !== null ? t.entry.draftSaved(dayjs(draft.savedAt).format('HH:mm:ss')) : t.entry.shortcutHint}
        </Typography.Text>
      }
      extraActions={creating && <Button onClick={submitNext} data-testid="entry-save-next">{t.entry.saveAndNext}</Button>}
    >
      <div onKeyDown={onKeyDown}>
        <Row gutter={12}>
          <Col span={9}>
            <Form.Item name="estateId" label={t.entry.estate} required>
              <Select autoFocus showSearch={{ optionFilterProp: 'label' }} placeholder={t.entry.estatePlaceholder} options={estateOptions} data-testid="entry-estateId" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="inspectedOn" label={t.entry.inspectedOn} required>
              <Input placeholder={t.entry.datePlaceholder} data-testid="entry-inspectedOn" />
            </Form.Item>
          </Col>
          <Col span={3}>
            <Form.Item name="time" label={t.entry.time}>
              <Input placeholder={t.entry.timePlaceholder} data-testid="entry-time" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t.entry.kind} required>
              <Select showSearch={{ optionFilterProp: 'label' }} options={INSPECTION_KINDS.map((k) => ({ value: k, label: t.kind[k] }))} data-testid="entry-kind" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="inspectors" label={t.entry.inspectors} required>
              <Input placeholder={t.entry.inspectorsPlaceholder} data-testid="entry-inspectors" {...textLimit(300)} />
            </Form.Item>
          </Col>
        </Row>
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 4 }}>
          <Typography.Text strong>{t.entry.categories}</Typography.Text>
          <Button size="small" onClick={() => { form.setFieldsValue(restPass(readValues())); draft.changed(); }} data-testid="entry-rest-pass">
            {t.entry.allPass}
          </Button>
        </Space>
        <CategoryRows scored={scored} />
        <Row gutter={12} style={{ marginTop: 8 }}>
          <Col span={8}>
            <Form.Item name="score" label={t.entry.score} extra={weighted !== null ? t.entry.weighted(String(weighted)) : undefined}>
              <Input inputMode="decimal" data-testid="entry-score" />
            </Form.Item>
            {weighted !== null && (
              <Button size="small" style={{ marginTop: -16 }} data-testid="entry-use-weighted" onClick={() => { form.setFieldValue('score', String(weighted)); draft.changed(); }}>
                {t.entry.useWeighted}
              </Button>
            )}
          </Col>
          <Col span={16}>
            <Form.Item name="findings" label={t.entry.findings}>
              <Input.TextArea rows={2} data-testid="entry-findings" {...textLimit(2000)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t.entry.photos}>
          <PhotoStrip ownerId={ownerId} editable onAdded={creating ? () => void draft.saveNow() : undefined} />
        </Form.Item>
        {creating && directory?.estates.length === 0 && <Alert type="info" showIcon title={t.page.needEstates} />}
      </div>
    </FormDialog>
  );
}
