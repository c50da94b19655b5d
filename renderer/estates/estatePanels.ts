import type { ComponentType } from 'react';
import type { Estate } from '../../shared/estates/estate';
import type { Navigate } from '../app/useHashRoute';
import { EstateCommitteePanel } from '../committees/ui';
import { EstateInspectionsPanel } from '../inspections/ui';

export interface EstatePanelProps {
  readonly estate: Estate;
  readonly navigate: Navigate;
}

/**
 * Sections of the estate page after its basic facts, in order. Each record kind that belongs to
 * an estate (owners' committee, inspections, surveys …) adds its own panel here, so the page
 * itself never learns about them.
 */
export const ESTATE_PANELS: ReadonlyArray<{ readonly key: string; readonly Panel: ComponentType<EstatePanelProps> }> = [
  { key: 'committee', Panel: EstateCommitteePanel },
  { key: 'inspections', Panel: EstateInspectionsPanel },
];
