import type { EstateClassCode } from './estateClass';
import type { ManagementModeCode } from './managementMode';

/** What a person enters for an estate (物业管理小区), already parsed and cleaned. */
export interface EstateFields {
  readonly communityId: string;
  readonly name: string;
  readonly estateClass: EstateClassCode;
  readonly mode: ManagementModeCode;
  readonly company: string;
  readonly buildings: number | null;
  readonly households: number | null;
  /** ㎡ */
  readonly floorArea: number | null;
  readonly address: string;
  readonly pilot: boolean;
  readonly notes: string;
}

/** A stored estate row. */
export interface Estate extends EstateFields {
  readonly id: string;
  /** `nameKey(name)`; unique together with `communityId`. */
  readonly nameKey: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}
