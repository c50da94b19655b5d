import { Col, Form, Input, Row } from 'antd';
import type { Company } from '../../shared/companies';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { createCompany, updateCompany } from './companyRepository';
import { companyConflict, companyFormValues } from './companyForm';

const TEXT_FIELDS = ['creditCode', 'qualification', 'legalRepresentative', 'contact', 'phone'] as const;

/** Registering a company, or editing one (`company` given). Short names in one field, 、 between. */
export function CompanyFormModal({ open, company, onClose }: { open: boolean; company: Company | null; onClose: () => void }) {
  const messages = useMessages();
  const t = messages.companies;
  const db = useDb();
  return (
    <FormDialog
      open={open}
      title={company ? t.register.editTitle : t.register.addTitle}
      testId="company"
      initialValues={companyFormValues(company, messages)}
      version={company?.updatedAt}
      conflict={company ? companyConflict(messages) : undefined}
      write={(values, edited) => (company ? updateCompany(db, company.id, values, '', edited) : createCompany(db, values))}
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
