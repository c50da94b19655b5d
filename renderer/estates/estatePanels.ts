import type { ComponentType } from 'react';
import type { Estate } from '../../shared/estates/estate';
import type { EstateSection, Navigate } from '../app/useHashRoute';
import { EstateCommitteePanel } from '../committees/ui';
import { EstateInspectionsPanel } from '../inspections/ui';
import { EstateHistoryPanel } from '../history/ui';

export interface EstatePanelProps {
  readonly estate: Estate;
  readonly navigate: Navigate;
}

/**
 * Sections of the estate page after its basic facts, in order. Each record kind that belongs to
 * an estate (owners' committee, inspections, surveys …) adds its own panel here, so the page
 * itself never learns about them.
 */
export const ESTATE_PANELS: ReadonlyArray<{ readonly key: EstateSection; readonly Panel: ComponentType<EstatePanelProps> }> = [
  { key: 'committee', Panel: EstateCommitteePanel },
  { key: 'inspections', Panel: EstateInspectionsPanel },
  { key: 'history', Panel: EstateHistoryPanel },
];
