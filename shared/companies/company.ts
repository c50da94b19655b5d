/** 红名单 / 黑名单: set by the office on a company (plan 2 supports companies with good credit). */
export const COMPANY_LISTINGS = ['none', 'red', 'black'] as const;
export type CompanyListing = (typeof COMPANY_LISTINGS)[number];

/** What a person enters for a property company (物业服务企业), already parsed and cleaned. */
export interface CompanyFields {
  /** The registered name, as typed. */
  readonly name: string;
  /** Short names (简称) the estates and sheets use for it, as typed. */
  readonly aliases: readonly string[];
  /** 统一社会信用代码 in its printed form, or '' when not known. */
  readonly creditCode: string;
  /** 资质等级 where still given (一级, 二级 …), as typed. */
  readonly qualification: string;
  readonly legalRepresentative: string;
  readonly contact: string;
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
  readonly listing: CompanyListing;
}

/** A stored company. */
export interface Company extends CompanyFields {
  readonly id: string;
  /** `companyKey(name)`: unique among companies. */
  readonly nameKey: string;
  /** `companyKey` of each alias: how an estate's or a sheet's short name finds the company. */
  readonly aliasKeys: readonly string[];
  /** Companies the office said are not this one: never proposed as its duplicates again. */
  readonly keptApart: readonly string[];
  readonly createdAt: number;
  readonly updatedAt: number;
}
