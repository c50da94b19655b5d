import type { Locale } from '../i18n/locale';
import type { SearchKind } from './searchKinds';

/** The search box (Ctrl+K): its placeholder, groups and the lines it says. */
const zhCN = {
  placeholder: '搜索小区、企业、人员、编号（Ctrl+K）',
  label: '全局搜索',
  group: {
    estate: '小区',
    community: '社区',
    company: '物业服务企业',
    committeeMember: '业委会成员',
    notice: '整改通知书',
    complaint: '投诉件',
  } satisfies Record<SearchKind, string>,
  more: (shown: number, total: number) => `显示前 ${shown} 条，共 ${total} 条`,
  none: '没有找到匹配的记录',
  building: '正在建立搜索索引…',
  matchedBy: (text: string) => `（${text}）`,
  memberDetail: (estate: string, role: string) => `${estate} · ${role}`,
  noticeDetail: (estate: string, issuedOn: string) => `${estate} · ${issuedOn}`,
};

type SearchMessages = typeof zhCN;

const en: SearchMessages = {
  placeholder: 'Search estates, companies, people, numbers (Ctrl+K)',
  label: 'Search everything',
  group: {
    estate: 'Estates',
    community: 'Communities',
    company: 'Property companies',
    committeeMember: 'Committee members',
    notice: 'Rectification notices',
    complaint: 'Complaints',
  },
  more: (shown, total) => `First ${shown} of ${total}`,
  none: 'Nothing matches',
  building: 'Building the search index…',
  matchedBy: (text) => ` (${text})`,
  memberDetail: (estate, role) => `${estate} · ${role}`,
  noticeDetail: (estate, issuedOn) => `${estate} · ${issuedOn}`,
};

export const searchMessages: Readonly<Record<Locale, SearchMessages>> = { 'zh-CN': zhCN, en };
