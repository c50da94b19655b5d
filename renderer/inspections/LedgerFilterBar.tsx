import { Button, DatePicker, Select, Space } from 'antd';
import { useId, type ReactNode } from 'react';
import dayjs from 'dayjs';
import type { Community } from '../../shared/estates';
import type { DateRange } from '../../shared/inspections/ledgerFilter';
import { useMessages } from '../i18n/I18nProvider';

/** Community, one more facet (kind or status), and a date range: the ledger's filters. */
export function LedgerFilterBar<F extends DateRange & { readonly communityIds: readonly string[] }, V extends string>({
  filter,
  empty,
  communities,
  facet,
  onChange,
  testId,
  dateChoice,
  extra,
}: {
  filter: F;
  empty: F;
  communities: readonly Community[];
  facet: { readonly key: keyof F; readonly label: string; readonly options: readonly { value: V; label: string }[]; readonly values: readonly V[] };
  onChange: (filter: F) => void;
  testId: string;
  /** Before the date range: which day of a record it bounds (a notice's issue, closing or deadline). */
  dateChoice?: ReactNode;
  /** Beside the filters, e.g. the export of what they show. */
  extra?: ReactNode;
}) {
  const { inspections: t } = useMessages();
  // The two date boxes have no visible label of their own: name them for screen readers.
  const id = useId();
  const dateIds = { start: `${id}-from`, end: `${id}-to` };
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [filter.from === '' ? null : dayjs(filter.from), filter.to === '' ? null : dayjs(filter.to)];
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid={testId}>
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 200 }}
        placeholder={t.filter.community}
        aria-label={t.filter.community}
        value={[...filter.communityIds]}
        options={communities.map((c) => ({ value: c.id, label: c.name }))}
        optionFilterProp="label"
        onChange={(communityIds: string[]) => onChange({ ...filter, communityIds })}
        data-testid={`${testId}-community`}
      />
      <Select
        mode="multiple"
        allowClear
        style={{ minWidth: 200 }}
        placeholder={facet.label}
        aria-label={facet.label}
        value={[...facet.values]}
        options={facet.options.map((o) => ({ ...o }))}
        onChange={(values: V[]) => onChange({ ...filter, [facet.key]: values })}
        data-testid={`${testId}-facet`}
      />
      {dateChoice}
      <span>
      <label htmlFor={dateIds.start} className="visually-hidden">{t.filter.from}</label>
      <label htmlFor={dateIds.end} className="visually-hidden">{t.filter.to}</label>
      <DatePicker.RangePicker
        id={dateIds}
        allowEmpty={[true, true]}
        placeholder={[t.filter.from, t.filter.to]}
        value={range}
        onChange={(dates) =>
          onChange({ ...filter, from: dates?.[0]?.format('YYYY-MM-DD') ?? '', to: dates?.[1]?.format('YYYY-MM-DD') ?? '' })
        }
        data-testid={`${testId}-dates`}
      />
      </span>
      <Button onClick={() => onChange(empty)} data-testid={`${testId}-clear`}>{t.filter.clear}</Button>
      {extra}
    </Space>
  );
}
