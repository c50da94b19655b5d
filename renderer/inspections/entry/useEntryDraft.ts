import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../../db/DbContext';
import { discardEntryDraft, draftPhotoCount, loadEntryDraft, saveEntryDraft } from '../inspectionDraftRepository';

export type DraftPhase =
  | { readonly phase: 'loading' }
  /** A draft from an earlier session is waiting: the form stays hidden until the clerk chooses. */
  | { readonly phase: 'offer'; readonly savedAt: number; readonly photos: number; readonly values: unknown }
  | { readonly phase: 'editing' };

const AUTOSAVE_DELAY_MS = 250;

/**
 * The entry form's safety net, for a form mounted only while open. Every change is written to
 * the draft a moment later (and at once when the page is hidden or closed); on mounting, a
 * draft left by a closed window or a crash is offered back before anything can overwrite it.
 * `enabled` is false for forms that edit a stored record: they keep no draft.
 */
export function useEntryDraft(formKey: string, enabled: boolean, read: () => unknown) {
  const db = useDb();
  const [state, setState] = useState<DraftPhase>({ phase: enabled ? 'loading' : 'editing' });
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const paused = useRef(true);
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  }, [read]);

  const flush = useCallback(async () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    if (paused.current) return;
    await saveEntryDraft(db, formKey, readRef.current());
    setSavedAt(Date.now());
  }, [db, formKey]);

  const changed = useCallback(() => {
    if (paused.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush]);

  /** Stops autosaving (while a save runs: the save clears the draft in its own transaction). */
  const pause = useCallback(() => {
    paused.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const resume = useCallback(() => {
    paused.current = false;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    paused.current = true;
    void (async () => {
      const [draft, photos] = await Promise.all([loadEntryDraft(db, formKey), draftPhotoCount(db, formKey)]);
      if (cancelled) return;
      if (draft || photos > 0) setState({ phase: 'offer', savedAt: draft?.savedAt ?? Date.now(), photos, values: draft?.values });
      else {
        paused.current = false;
        setState({ phase: 'editing' });
      }
    })();
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
      paused.current = true;
    };
  }, [enabled, db, formKey, flush]);

  const restore = useCallback(() => {
    paused.current = false;
    setState({ phase: 'editing' });
  }, []);

  const discard = useCallback(async () => {
    await discardEntryDraft(db, formKey);
    paused.current = false;
    setState({ phase: 'editing' });
  }, [db, formKey]);

  /** Writes the draft now (after a photo was added, say), not a moment later. */
  const saveNow = useCallback(async () => {
    if (paused.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    await saveEntryDraft(db, formKey, readRef.current());
    setSavedAt(Date.now());
  }, [db, formKey]);

  return { state, savedAt, changed, pause, resume, restore, discard, saveNow };
}
