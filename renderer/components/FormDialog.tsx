import { App as AntApp, Form, Modal, Space, Tooltip, type FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState, type FC, type ReactNode } from 'react';
import { FormBaseContext } from './formBase';
import { StaleEditDialog } from './StaleEditDialog';
import { conflictOf, movedOnlyElsewhere, type ConflictView, type StaleEditConflict } from './staleMerge';
import { useMessages } from '../i18n/I18nProvider';
import { shortcutProps } from './keyboard/shortcutProps';
import { useSaveWithProblems } from './useSaveWithProblems';

/**
 * The one dialog for adding or editing a record. The form starts from `initialValues` each time
 * it opens; Save submits it and runs `write` through useSaveWithProblems, so a refusal lands under
 * its fields (field names are the problems' field names) and the dialog stays open with what the
 * user typed. A write that resolves `false` made its own check and said why; the dialog stays
 * open. Otherwise `savedMessage` (if any) is shown and the dialog closes. `testId` names the form
 * (`${testId}-form`) and its Save button (`${testId}-save`). Pass `form` to watch fields from
 * outside (a live preview); else the dialog makes its own.
 *
 * A long form (the inspection entry) may also show something in place of the form until it is
 * ready (`replaceForm`: loading, a draft to take back), a note and more actions in the footer,
 * stay open after a save to take the next record (`stayOpen`), and refuse a click beside it.
 */
export function FormDialog<Values extends object, Result = unknown, Stored extends { readonly updatedAt: number } = { readonly updatedAt: number }>({ open, title, okText, testId, formTestId, saveTestId, width = 640, initialValues, version, conflict: conflictView, write, savedMessage, onSaved, onClose, form: given, intro, children, replaceForm, footerNote, extraActions, stayOpen, guarded = false, onValuesChange }: {
  open: boolean;
  title: string;
  /** The Save button's words, where the form does something more particular (下发通知书). */
  okText?: string;
  testId: string;
  formTestId?: string;
  saveTestId?: string;
  width?: number;
  initialValues: Values;
  /**
   * The `updatedAt` of the record being edited, as it was when the dialog opened; `write` is
   * given it (or, after a conflict, the version the clerk chose on) to name the version edited.
   */
  version?: number;
  /**
   * How a refused stale save is shown (both versions, merged field by field); without it the
   * refusal is only said. The merged values go back into the form and are saved on the stored
   * version, so the form's rules (a reason a changed field asks for) apply to them.
   */
  conflict?: ConflictView<Values, Stored>;
  write: (values: Values, version: number | undefined) => Promise<Result | false>;
  savedMessage?: string | ((result: Result) => string);
  /** After a successful write, before the dialog closes. */
  onSaved?: (result: Result) => void;
  onClose: () => void;
  form?: FormInstance<Values>;
  /** Shown above the form (a rule, a deadline). */
  intro?: ReactNode;
  children: ReactNode;
  /** Shown instead of the form and its buttons while set. */
  replaceForm?: ReactNode;
  /** On the footer's left: a draft's state, a hint. */
  footerNote?: ReactNode;
  /** Buttons before Save (保存并录入下一条). */
  extraActions?: ReactNode;
  /** After a successful write: keep the dialog open (the caller starts the next record). */
  stayOpen?: (result: Result) => boolean;
  /** A click beside the dialog does not close it: a long form is not lost by a slip. */
  guarded?: boolean;
  onValuesChange?: () => void;
}) {
  const { ui } = useMessages();
  const { message } = AntApp.useApp();
  const [own] = Form.useForm<Values>();
  const form = given ?? own;
  const save = useSaveWithProblems(form);
  const [stale, setStale] = useState<StaleEditConflict<Values> | null>(null);
  const [saving, setSaving] = useState(false);
  // Only opening resets the form: the caller builds initialValues anew on every render.
  const initial = useRef(initialValues);
  const latestVersion = useRef(version);
  // The version the save is made on: the one the form was filled from, until a stale save takes
  // the stored one. A live record that moves on while the dialog is open must not move it too,
  // or the save would silently overwrite the other change.
  const openedVersion = useRef(version);
  // What the save is made on: the opened record, or after a merge the record stored then.
  const [base, setBase] = useState<Values>(initialValues);
  // Set when merged values were put into the form: submitted after the render that shows them.
  const submitMerged = useRef(false);
  // A layout effect too, declared first: the opening reset below must see this render's values.
  useLayoutEffect(() => {
    initial.current = initialValues;
    latestVersion.current = version;
  });
  // Before the browser paints the opened dialog: a passive effect could reset the fields after
  // the clerk (or a fast test) had already typed into them, and the save then found them empty.
  useLayoutEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial.current);
    openedVersion.current = latestVersion.current;
    setBase(initial.current);
  }, [open, form]);
  // Submitted once the merged values and their base are rendered, so the rules see both.
  useEffect(() => {
    if (!submitMerged.current) return;
    submitMerged.current = false;
    form.submit();
  });

  const submit = async (values: Values, on: number | undefined = openedVersion.current) => {
    if (saving) return;
    setSaving(true);
    let outcome: { readonly result: Result } | null = null;
    const written = await save(async () => {
      try {
        const result = await write(values, on);
        if (result !== false) outcome = { result };
      } catch (error) {
        // Someone saved this record meanwhile: show both versions instead of a bare refusal.
        const conflict = conflictOf(error, conflictView, base, values);
        if (conflict === undefined || !conflictView) throw error;
        if (!movedOnlyElsewhere(conflict, Object.keys(conflictView.labels) as (keyof Values & string)[])) {
          setStale(conflict);
          return;
        }
        // Nothing the form shows was changed: saved on the stored version (refused again if it moves once more).
        openedVersion.current = conflict.version;
        setBase(conflict.theirs);
        const result = await write(values, conflict.version);
        if (result !== false) outcome = { result };
      }
    });
    setSaving(false);
    if (!written || outcome === null) return;
    const { result } = outcome;
    if (savedMessage !== undefined) void message.success(typeof savedMessage === 'function' ? savedMessage(result) : savedMessage);
    onSaved?.(result);
    if (!stayOpen?.(result)) onClose();
  };
  const buttons = (OkBtn: FC, CancelBtn: FC) => (
    <>
      <CancelBtn />
      {extraActions}
      <Tooltip title={ui.shortcuts.save}>
        <span>
          <OkBtn />
        </span>
      </Tooltip>
    </>
  );
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? ui.common.save}
      cancelText={ui.common.cancel}
      onOk={() => form.submit()}
      onCancel={() => {
        setStale(null);
        onClose();
      }}
      destroyOnHidden
      okButtonProps={{ 'data-testid': saveTestId ?? `${testId}-save`, loading: saving, ...shortcutProps('save') }}
      cancelButtonProps={{ 'data-testid': `${testId}-cancel` }}
      footer={
        replaceForm !== undefined
          ? null
          : (_, { OkBtn, CancelBtn }) =>
              footerNote === undefined ? (
                buttons(OkBtn, CancelBtn)
              ) : (
                <Space style={{ width: '100%', justifyContent: 'space-between' }}>
                  {footerNote}
                  <Space>{buttons(OkBtn, CancelBtn)}</Space>
                </Space>
              )
      }
      {...(guarded ? { mask: { closable: false } } : {})}
      width={width}
    >
      {open && stale && conflictView && (
        <StaleEditDialog
          conflict={stale}
          view={conflictView}
          onBack={() => setStale(null)}
          onKeepTheirs={() => {
            setStale(null);
            onClose();
          }}
          onSave={(merged) => {
            // The stored version is the new base: a save over yet another change is refused again.
            openedVersion.current = stale.version;
            setBase(stale.theirs);
            form.setFieldsValue(merged);
            submitMerged.current = true;
            setStale(null);
          }}
        />
      )}
      {replaceForm ?? (
        <FormBaseContext value={base}>
          {intro}
          <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} onFinish={(values) => void submit(values)} data-testid={formTestId ?? `${testId}-form`}>
            {children}
          </Form>
        </FormBaseContext>
      )}
    </Modal>
  );
}
