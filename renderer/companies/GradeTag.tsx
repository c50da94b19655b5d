import { Tag } from 'antd';
import type { CompanyListing, CreditGrade } from '../../shared/companies';
import { useMessages } from '../i18n/I18nProvider';

const GRADE_COLOURS: Readonly<Record<CreditGrade, string>> = { A: 'green', B: 'blue', C: 'orange', D: 'red' };
const LISTING_COLOURS: Readonly<Record<CompanyListing, string>> = { none: 'default', red: 'red', black: 'black' };

export function GradeTag({ grade, testId }: { grade: CreditGrade; testId?: string }) {
  const { companies: t } = useMessages();
  return <Tag color={GRADE_COLOURS[grade]} data-testid={testId} data-grade={grade}>{t.grade[grade]}</Tag>;
}

/** Nothing for a company on neither list. */
export function ListingTag({ listing, testId }: { listing: CompanyListing; testId?: string }) {
  const { companies: t } = useMessages();
  if (listing === 'none') return null;
  return <Tag color={LISTING_COLOURS[listing]} data-testid={testId} data-listing={listing}>{t.listing[listing]}</Tag>;
}
