import { Input, Select, Space } from 'antd';
import type { Community } from '../../shared/estates/community';
import { ESTATE_CLASS_CODES, type EstateClassCode } from '../../shared/estates/estateClass';
import { MANAGEMENT_MODE_CODES, type ManagementModeCode } from '../../shared/estates/managementMode';
import { useMessages } from '../i18n/I18nProvider';
import { COVERAGE_MEASURES, type CoverageMeasure } from '../../shared/committees';
import type { EstateFilter } from './estateFilter';

/** Every box says what it filters, also to a screen reader (placeholders alone are not names). */
export function EstateFilterBar({ filter, communities, onChange }: {
  filter: EstateFilter;
  communities: readonly Community[];
  onChange: (filter: EstateFilter) => void;
}) {
  const { ui, domain, committees } = useMessages();
  const t = ui.estates;
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {/* Ctrl+K belongs to the one search box of the window; this one filters the table. */}
      <Input.Search
        allowClear
        placeholder={t.search}
        aria-label={t.searchLabel}
        style={{ width: 280 }}
        data-testid="estate-search"
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.target.value })}
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        placeholder={t.filterCommunity}
        aria-label={t.filterCommunity}
        style={{ minWidth: 180 }}
        data-testid="estate-filter-community"
        value={[...filter.communityIds]}
        options={communities.map((c) => ({ value: c.id, label: c.name }))}
        optionFilterProp="label"
        onChange={(communityIds) => onChange({ ...filter, communityIds })}
      />
      <Select<EstateClassCode[]>
        mode="multiple"
        allowClear
        placeholder={t.filterClass}
        aria-label={t.filterClass}
        style={{ minWidth: 140 }}
        data-testid="estate-filter-class"
        value={[...filter.classes]}
        options={ESTATE_CLASS_CODES.map((c) => ({ value: c, label: domain.estateClass[c] }))}
        onChange={(classes) => onChange({ ...filter, classes })}
      />
      <Select<ManagementModeCode[]>
        mode="multiple"
        allowClear
        placeholder={t.filterMode}
        aria-label={t.filterMode}
        style={{ minWidth: 180 }}
        data-testid="estate-filter-mode"
        value={[...filter.modes]}
        options={MANAGEMENT_MODE_CODES.map((m) => ({ value: m, label: domain.mode[m] }))}
        onChange={(modes) => onChange({ ...filter, modes })}
      />
      <Select<EstateFilter['pilot']>
        style={{ width: 140 }}
        aria-label={t.filterPilot}
        data-testid="estate-filter-pilot"
        value={filter.pilot}
        options={[
          { value: 'all', label: `${t.filterPilot}${domain.separator}${ui.common.all}` },
          { value: 'pilot', label: t.pilotOnly },
          { value: 'notPilot', label: t.nonPilotOnly },
        ]}
        onChange={(pilot) => onChange({ ...filter, pilot })}
      />
      <Select<CoverageMeasure>
        allowClear
        style={{ width: 170 }}
        placeholder={t.filterCoverage}
        aria-label={t.filterCoverage}
        data-testid="estate-filter-coverage"
        value={filter.coverage ?? undefined}
        options={COVERAGE_MEASURES.map((measure) => ({ value: measure, label: committees.coverage[measure] }))}
        onChange={(coverage) => onChange({ ...filter, coverage: coverage ?? null })}
      />
    </Space>
  );
}
