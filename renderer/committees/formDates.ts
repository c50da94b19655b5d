import dayjs, { type Dayjs } from 'dayjs';

/** Form date pickers hold dayjs values; records hold ISO days. */
export function toPicker(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso, 'YYYY-MM-DD') : null;
}

/** A picked day as ISO, or `null` for a cleared picker (a deliberate blank). */
export function fromPicker(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** Today on this computer's calendar, as ISO: the day statuses are computed for. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export const DATE_FORMAT = 'YYYY-MM-DD';
