import type { Locale } from './locale';

type Params = Readonly<Record<string, string | number>> | undefined;
const p = (params: Params, key: string): string => String(params?.[key] ?? '');

const zhCN = {
  separator: '：',
  fields: {
    name: '名称',
    communityId: '所属社区',
    community: '所属社区',
    estate: '小区',
    estateClass: '小区类别',
    mode: '管理模式',
    company: '物业服务企业',
    buildings: '楼幢数',
    households: '户数',
    floorArea: '建筑面积（㎡）',
    address: '地址',
    pilot: '试点',
    notes: '备注',
    kind: '类型',
    director: '负责人',
    phone: '联系电话',
    plannedTotal: '规划总数',
    plannedClass1: '规划一类',
    plannedClass2: '规划二类',
    plannedClass3: '规划三类',
  } as Record<string, string>,
  problems: {
    required: () => '不能为空',
    tooLong: (params: Params) => `不能超过 ${p(params, 'max')} 个字`,
    notANumber: () => '必须是数字',
    negative: () => '不能为负数',
    notWhole: () => '必须是整数',
    unknownClass: (params: Params) => `无法识别的小区类别“${p(params, 'value')}”，应为一类、二类、三类或留空`,
    unknownMode: (params: Params) => `无法识别的管理模式“${p(params, 'value')}”`,
    unknownKind: (params: Params) => `无法识别的类型“${p(params, 'value')}”，应为社区或村`,
    notYesNo: (params: Params) => `“${p(params, 'value')}”应为是或否`,
    unknownCommunity: (params: Params) => `社区“${p(params, 'name')}”不存在`,
    duplicateName: (params: Params) => `“${p(params, 'community')}”中已有名为“${p(params, 'name')}”的记录`,
    duplicateCommunityName: (params: Params) => `已有名为“${p(params, 'name')}”的社区`,
    communityHasEstates: (params: Params) => `该社区下还有 ${p(params, 'count')} 个小区，不能删除`,
    notFound: () => '记录不存在，可能已被删除',
  },
  estateClass: { 0: '未分类', 1: '一类', 2: '二类', 3: '三类' } as Record<number, string>,
  communityKind: { community: '社区', village: '村' } as Record<string, string>,
  mode: {
    market: '市场化物业服务',
    employer: '单位自管',
    streetCentre: '街道物业服务中心托管',
    owners: '业主自管',
    unmanaged: '失管/弃管',
    affordable: '经济适用房',
    unspecified: '未填写',
  } as Record<string, string>,
  findings: {
    planClassesDoNotAddUp: (classes: string, classSum: number, plannedTotal: number) =>
      `规划分类不平：${classes} = ${classSum}，与规划总数 ${plannedTotal} 不符`,
    inventoryDiffersFromPlan: (inventory: number, planned: number) =>
      `实有 ${inventory} 个，规划 ${planned} 个，相差 ${inventory - planned}`,
  },
};

export type DomainMessages = typeof zhCN;

const en: DomainMessages = {
  separator: ': ',
  fields: {
    name: 'Name',
    communityId: 'Community',
    community: 'Community',
    estate: 'Estate',
    estateClass: 'Class',
    mode: 'Management mode',
    company: 'Property company',
    buildings: 'Buildings',
    households: 'Households',
    floorArea: 'Floor area (㎡)',
    address: 'Address',
    pilot: 'Pilot',
    notes: 'Notes',
    kind: 'Kind',
    director: 'Director',
    phone: 'Phone',
    plannedTotal: 'Planned total',
    plannedClass1: 'Planned class I',
    plannedClass2: 'Planned class II',
    plannedClass3: 'Planned class III',
  },
  problems: {
    required: () => 'is required',
    tooLong: (params) => `must be at most ${p(params, 'max')} characters`,
    notANumber: () => 'must be a number',
    negative: () => 'must not be negative',
    notWhole: () => 'must be a whole number',
    unknownClass: (params) => `"${p(params, 'value')}" is not a class (I, II, III or blank)`,
    unknownMode: (params) => `"${p(params, 'value')}" is not a management mode`,
    unknownKind: (params) => `"${p(params, 'value')}" is not community or village`,
    notYesNo: (params) => `"${p(params, 'value')}" should be yes or no`,
    unknownCommunity: (params) => `community "${p(params, 'name')}" does not exist`,
    duplicateName: (params) => `"${p(params, 'community')}" already has a record named "${p(params, 'name')}"`,
    duplicateCommunityName: (params) => `a community named "${p(params, 'name')}" already exists`,
    communityHasEstates: (params) => `still has ${p(params, 'count')} estates and cannot be deleted`,
    notFound: () => 'no longer exists; it may have been deleted',
  },
  estateClass: { 0: 'Unclassified', 1: 'Class I', 2: 'Class II', 3: 'Class III' },
  communityKind: { community: 'Community', village: 'Village' },
  mode: {
    market: 'Market service',
    employer: 'Employer-managed',
    streetCentre: 'Street service centre',
    owners: 'Owner-managed',
    unmanaged: 'Unmanaged / abandoned',
    affordable: 'Affordable housing',
    unspecified: 'Not given',
  },
  findings: {
    planClassesDoNotAddUp: (classes, classSum, plannedTotal) =>
      `Planned classes do not add up: ${classes} = ${classSum}, but the planned total is ${plannedTotal}`,
    inventoryDiffersFromPlan: (inventory, planned) =>
      `${inventory} in the inventory, ${planned} planned (${inventory - planned > 0 ? '+' : ''}${inventory - planned})`,
  },
};

export const domainMessages: Readonly<Record<Locale, DomainMessages>> = { 'zh-CN': zhCN, en };
