import { Input, Select, Space } from 'antd';
import { memo } from 'react';
import { COVERAGE_MEASURES, type CoverageMeasure } from '../../shared/committees';
import type { Community } from '../../shared/estates/community';
import { ESTATE_CLASS_CODES, type EstateClassCode } from '../../shared/estates/estateClass';
import { MANAGEMENT_MODE_CODES, type ManagementModeCode } from '../../shared/estates/managementMode';
import { useMessages } from '../i18n/I18nProvider';
import type { EstateFilter } from './estateFilter';

/** A change to some of the filter's fields; the page merges it into the filter it holds. */
export type EstateFilterChange = (patch: Partial<EstateFilter>) => void;

type Facets = Pick<EstateFilter, 'communityIds' | 'classes' | 'modes' | 'pilot' | 'coverage'>;

/**
 * Every box says what it filters, also to a screen reader (placeholders alone are not names).
 * The facets are drawn apart from the text box and only when they change: a keystroke in the
 * search box redraws the box alone, not the five selects beside it.
 */
export function EstateFilterBar({ filter, communities, onChange }: {
  filter: EstateFilter;
  communities: readonly Community[];
  onChange: EstateFilterChange;
}) {
  const t = useMessages().ui.estates;
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
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <EstateFacets communityIds={filter.communityIds} classes={filter.classes} modes={filter.modes} pilot={filter.pilot} coverage={filter.coverage} communities={communities} onChange={onChange} />
    </Space>
  );
}

const EstateFacets = memo(function EstateFacets({ communityIds, classes, modes, pilot, coverage, communities, onChange }: Facets & {
  communities: readonly Community[];
  onChange: EstateFilterChange;
}) {
  const { ui, domain, committees } = useMessages();
  const t = ui.estates;
  return (
    <>
      <Select<string[]>
        mode="multiple"
        allowClear
        placeholder={t.filterCommunity}
        aria-label={t.filterCommunity}
        style={{ minWidth: 180 }}
        data-testid="estate-filter-community"
        value={[...communityIds]}
        options={communities.map((c) => ({ value: c.id, label: c.name }))}
        optionFilterProp="label"
        onChange={(ids) => onChange({ communityIds: ids })}
      />
      <Select<EstateClassCode[]>
        mode="multiple"
        allowClear
        placeholder={t.filterClass}
        aria-label={t.filterClass}
        style={{ minWidth: 140 }}
        data-testid="estate-filter-class"
        value={[...classes]}
        options={ESTATE_CLASS_CODES.map((c) => ({ value: c, label: domain.estateClass[c] }))}
        onChange={(chosen) => onChange({ classes: chosen })}
      />
      <Select<ManagementModeCode[]>
        mode="multiple"
        allowClear
        placeholder={t.filterMode}
        aria-label={t.filterMode}
        style={{ minWidth: 180 }}
        data-testid="estate-filter-mode"
        value={[...modes]}
        options={MANAGEMENT_MODE_CODES.map((m) => ({ value: m, label: domain.mode[m] }))}
        onChange={(chosen) => onChange({ modes: chosen })}
      />
      <Select<EstateFilter['pilot']>
        style={{ width: 140 }}
        aria-label={t.filterPilot}
        data-testid="estate-filter-pilot"
        value={pilot}
        options={[
          { value: 'all', label: `${t.filterPilot}${domain.separator}${ui.common.all}` },
          { value: 'pilot', label: t.pilotOnly },
          { value: 'notPilot', label: t.nonPilotOnly },
        ]}
        onChange={(chosen) => onChange({ pilot: chosen })}
      />
      <Select<CoverageMeasure>
        allowClear
        style={{ width: 170 }}
        placeholder={t.filterCoverage}
        aria-label={t.filterCoverage}
        data-testid="estate-filter-coverage"
        value={coverage ?? undefined}
        options={COVERAGE_MEASURES.map((measure) => ({ value: measure, label: committees.coverage[measure] }))}
        onChange={(chosen) => onChange({ coverage: chosen ?? null })}
      />
    </>
  );
});
