import { Col, Form, Input, Row } from 'antd';
import type { Company } from '../../shared/companies';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { createCompany, updateCompany } from './companyRepository';

interface CompanyValues {
  name: string;
  aliases: string;
  creditCode: string;
  qualification: string;
  legalRepresentative: string;
  contact: string;
  phone: string;
  address: string;
  notes: string;
}

const TEXT_FIELDS = ['creditCode', 'qualification', 'legalRepresentative', 'contact', 'phone'] as const;

/** Registering a company, or editing one (`company` given). Short names in one field, 、 between. */
export function CompanyFormModal({ open, company, onClose }: { open: boolean; company: Company | null; onClose: () => void }) {
  const { companies: t, domain } = useMessages();
  const db = useDb();
  const initialValues: CompanyValues = {
    name: company?.name ?? '',
    aliases: company?.aliases.join(domain.enumeration) ?? '',
    creditCode: company?.creditCode ?? '',
    qualification: company?.qualification ?? '',
    legalRepresentative: company?.legalRepresentative ?? '',
    contact: company?.contact ?? '',
    phone: company?.phone ?? '',
    address: company?.address ?? '',
    notes: company?.notes ?? '',
  };
  return (
    <FormDialog
      open={open}
      title={company ? t.register.editTitle : t.register.addTitle}
      testId="company"
      initialValues={initialValues}
      write={(values) => (company ? updateCompany(db, company.id, values) : createCompany(db, values))}
      savedMessage={t.register.saved}
      onClose={onClose}
    >
      <Form.Item name="name" label={t.register.name} required>
        <Input data-testid="company-name" />
      </Form.Item>
      <Form.Item name="aliases" label={t.register.aliases} extra={t.register.aliasesHint}>
        <Input data-testid="company-aliases" />
      </Form.Item>
      <Row gutter={16}>
        {TEXT_FIELDS.map((field) => (
          <Col span={12} key={field}>
            <Form.Item name={field} label={t.register[field]}>
              <Input data-testid={`company-${field}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="address" label={t.register.address}>
        <Input data-testid="company-address" />
      </Form.Item>
      <Form.Item name="notes" label={t.register.notes}>
        <Input.TextArea rows={2} data-testid="company-notes" />
      </Form.Item>
    </FormDialog>
  );
}
