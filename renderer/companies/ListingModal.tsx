import { Form, Input, Radio } from 'antd';
import { COMPANY_LISTINGS, type Company } from '../../shared/companies';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { setCompanyListing } from './companyRepository';
import { listingConflict, type ListingValues } from './companyForm';

/** 红名单 / 黑名单, set by the office with its reason (kept in the field history). */
export function ListingModal({ open, company, onClose }: { open: boolean; company: Company; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.companies;
  const db = useDb();
  return (
    <FormDialog
      open={open}
      title={t.page.setListing}
      testId="listing"
      width={480}
      initialValues={{ listing: company.listing, reason: '' } satisfies ListingValues}
      version={company.updatedAt}
      conflict={listingConflict(messages)}
      write={(values: ListingValues, edited) => setCompanyListing(db, company.id, values.listing, values.reason, edited)}
      savedMessage={t.register.saved}
      onClose={onClose}
    >
      <Form.Item name="listing" label={t.register.listing}>
        <Radio.Group optionType="button" buttonStyle="solid" data-testid="listing-choice" options={COMPANY_LISTINGS.map((l) => ({ value: l, label: t.listing[l] }))} />
      </Form.Item>
      <Form.Item name="reason" label={t.page.listingReason}>
        <Input data-testid="listing-reason" />
      </Form.Item>
    </FormDialog>
  );
}
