import type { EstateClassCode } from './estateClass';
import type { ManagementModeCode } from './managementMode';

/** What a person enters for an estate (物业管理小区), already parsed and cleaned. */
export interface EstateFields {
  readonly communityId: string;
  readonly name: string;
  /**
   * 别名: other names the estate goes by today (the residents', a developer's phase name), as
   * typed; found by the search like its name. Former names (曾用名) are not kept here: they come
   * from the field history of `name`.
   */
  readonly aliases: readonly string[];
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
  /**
   * The registered company (schema v8) that `company`, kept as typed, names: by its name or a
   * short name. null when the estate names none, or one the register does not hold.
   */
  readonly companyId: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}
