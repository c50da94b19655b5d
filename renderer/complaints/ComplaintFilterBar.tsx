import { Button, Checkbox, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useId, type ReactNode } from 'react';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_STATUSES, NO_COMPLAINT_FILTER, type ComplaintFilter } from '../../shared/complaints';
import type { Community, Estate } from '../../shared/estates';
import { useMessages } from '../i18n/I18nProvider';
import { useCompanyChoices } from './complaintHooks';

/** The complaints ledger's filters: status, channel, category, community, estate, company, overdue, date range. */
export function ComplaintFilterBar({ filter, onChange, communities, estates, extra }: {
  filter: ComplaintFilter;
  onChange: (filter: ComplaintFilter) => void;
  communities: readonly Community[];
  estates: readonly Estate[];
  extra?: ReactNode;
}) {
  const { complaints: t } = useMessages();
  const f = t.filter;
  const id = useId();
  const dateIds = { start: `${id}-from`, end: `${id}-to` };
  const range: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [filter.from === '' ? null : dayjs(filter.from), filter.to === '' ? null : dayjs(filter.to)];
  const shownEstates = filter.communityIds.length === 0 ? estates : estates.filter((e) => filter.communityIds.includes(e.communityId));
  const companies = useCompanyChoices() ?? [];
  const multi = <V extends string>(key: 'statuses' | 'channels' | 'categories' | 'communityIds' | 'estateIds' | 'companyIds', label: string, options: { value: V; label: string }[], values: readonly V[]) => (
    <Select
      mode="multiple"
      allowClear
      style={{ minWidth: 150 }}
      placeholder={label}
      aria-label={label}
      value={[...values]}
      options={options}
      optionFilterProp="label"
      maxTagCount="responsive"
      onChange={(next: V[]) => onChange({ ...filter, [key]: next })}
      data-testid={`complaint-filter-${key}`}
    />
  );
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="complaint-filter">
      {multi('statuses', f.status, COMPLAINT_STATUSES.map((s) => ({ value: s, label: t.status[s] })), filter.statuses)}
      {multi('channels', f.channel, COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t.channel[c] })), filter.channels)}
      {multi('categories', f.category, COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t.category[c] })), filter.categories)}
      {multi('communityIds', f.community, communities.map((c) => ({ value: c.id, label: c.name })), filter.communityIds)}
      {multi('estateIds', f.estate, shownEstates.map((e) => ({ value: e.id, label: e.name })), filter.estateIds)}
      {companies.length > 0 && multi('companyIds', f.companyRecord, companies.map((c) => ({ value: c.id, label: c.name })), filter.companyIds)}
      <Input allowClear style={{ width: 150 }} placeholder={f.company} aria-label={f.company} value={filter.company} onChange={(e) => onChange({ ...filter, company: e.target.value })} data-testid="complaint-filter-company" />
      <Checkbox checked={filter.overdueOnly} onChange={(e) => onChange({ ...filter, overdueOnly: e.target.checked })} data-testid="complaint-filter-overdue">{f.overdueOnly}</Checkbox>
      <span>
        <label htmlFor={dateIds.start} className="visually-hidden">{f.from}</label>
        <label htmlFor={dateIds.end} className="visually-hidden">{f.to}</label>
        <DatePicker.RangePicker
          id={dateIds}
          allowEmpty={[true, true]}
          placeholder={[f.from, f.to]}
          value={range}
          onChange={(dates) => onChange({ ...filter, from: dates?.[0]?.format('YYYY-MM-DD') ?? '', to: dates?.[1]?.format('YYYY-MM-DD') ?? '' })}
          data-testid="complaint-filter-dates"
        />
      </span>
      <Button onClick={() => onChange(NO_COMPLAINT_FILTER)} data-testid="complaint-filter-clear">{f.clear}</Button>
      {extra}
    </Space>
  );
}
