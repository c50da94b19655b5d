import type { Community, CommunityKind } from '../../shared/estates/community';
import type { Messages } from '../../shared/i18n/catalogs';
import type { ConflictView } from '../components/staleMerge';
import type { CommunityDraft } from './communityRepository';

/** The community form's fields: counts as typed text, parsed by the shared rules on save. */
export interface CommunityFormValues {
  name: string;
  kind: string;
  director: string;
  phone: string;
  plannedTotal: string;
  plannedClass1: string;
  plannedClass2: string;
  plannedClass3: string;
  /** 变更原因, when the settings ask for one (editing only). */
  reason?: string;
}

const text = (n: number | null): string => (n === null ? '' : String(n));

export function communityFormValues(community: Community | null): CommunityFormValues {
  return {
    name: community?.name ?? '',
    kind: community?.kind ?? 'community',
    director: community?.director ?? '',
    phone: community?.phone ?? '',
    plannedTotal: text(community?.planned.total ?? null),
    plannedClass1: text(community?.planned.class1 ?? null),
    plannedClass2: text(community?.planned.class2 ?? null),
    plannedClass3: text(community?.planned.class3 ?? null),
  };
}

export function communityDraft(v: CommunityFormValues): CommunityDraft {
  return {
    name: v.name,
    kind: v.kind,
    director: v.director,
    phone: v.phone,
    planned: { total: v.plannedTotal, class1: v.plannedClass1, class2: v.plannedClass2, class3: v.plannedClass3 },
  };
}

/** A stale save of a community: its fields under the form's labels, the kind by its name. */
export function communityConflict({ ui, domain }: Pick<Messages, 'ui' | 'domain'>): ConflictView<CommunityFormValues, Community> {
  const t = ui.communities;
  return {
    valuesOf: communityFormValues,
    labels: { name: t.name, kind: t.kind, director: t.director, phone: t.phone, plannedTotal: t.plannedTotal, plannedClass1: t.plannedClass1, plannedClass2: t.plannedClass2, plannedClass3: t.plannedClass3 },
    display: (field, value) => (field === 'kind' ? domain.communityKind[value as CommunityKind] : undefined),
  };
}
