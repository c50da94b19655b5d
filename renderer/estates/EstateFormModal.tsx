import { AutoComplete, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useCompanies } from '../companies/ui';
import type { Community } from '../../shared/estates/community';
import type { Estate } from '../../shared/estates/estate';
import { ESTATE_CLASS_CODES } from '../../shared/estates/estateClass';
import { MANAGEMENT_MODE_CODES } from '../../shared/estates/managementMode';
import { FormDialog } from '../components/FormDialog';
import { useDb } from '../db/DbContext';
import { createEstate, updateEstate, type EstateDraft } from './estateRepository';
import { useMessages } from '../i18n/I18nProvider';
import { ReasonField, useReasonFieldLabels } from '../history/ui';
import { useSettings } from '../settings/SettingsProvider';
import { textLimit } from '../components/textLimit';

interface EstateFormValues {
  communityId: string | undefined;
  name: string;
  aliases: readonly string[];
  estateClass: number;
  mode: string;
  company: string;
  buildings: string;
  households: string;
  floorArea: string;
  address: string;
  pilot: boolean;
  notes: string;
  /** Why the edit is made: kept in the field history, not in the estate. */
  reason: string;
}

/** What splits a pasted list of aliases, as in the estate sheet's 别名 column. */
const ALIAS_SEPARATORS = ['、', '；', ';'];

const text = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function toValues(estate: Estate | null, defaultCommunityId: string | undefined): EstateFormValues {
  return {
    communityId: estate?.communityId ?? defaultCommunityId,
    name: estate?.name ?? '',
    aliases: estate?.aliases ?? [],
    estateClass: estate?.estateClass ?? 0,
    mode: estate?.mode ?? 'unspecified',
    company: estate?.company ?? '',
    buildings: text(estate?.buildings),
    households: text(estate?.households),
    floorArea: text(estate?.floorArea),
    address: estate?.address ?? '',
    pilot: estate?.pilot ?? false,
    notes: estate?.notes ?? '',
    reason: '',
  };
}

/**
 * Add or edit an estate. Counts are text boxes on purpose: what a clerk types (１２, 1,203, -5)
 * reaches the shared rules unchanged, so the form refuses exactly what an import would.
 */
export function EstateFormModal({ open, editing, communities, defaultCommunityId, onClose }: {
  open: boolean;
  editing: Estate | null;
  communities: readonly Community[];
  defaultCommunityId: string | undefined;
  onClose: () => void;
}) {
  const messages = useMessages();
  const { ui, domain } = messages;
  const t = ui.estates;
  const db = useDb();
  const { settings } = useSettings();
  const write = ({ reason, ...values }: EstateFormValues, edited: number | undefined) => {
    const draft: EstateDraft = { ...values, communityId: values.communityId ?? '' };
    return editing ? updateEstate(db, editing.id, draft, { edited, reason, reasonRequiredFor: settings.reasonRequiredFields }) : createEstate(db, draft);
  };
  const conflict = {
    valuesOf: (stored: Estate) => toValues(stored, defaultCommunityId),
    labels: { name: t.name, aliases: t.aliases, communityId: t.community, estateClass: t.estateClass, mode: t.mode, company: t.company, pilot: t.pilot, buildings: t.buildings, households: t.households, floorArea: t.floorArea, address: t.address, notes: t.notes },
    display: (field: keyof EstateFormValues, value: unknown): string => {
      if (field === 'communityId') return communities.find((c) => c.id === value)?.name ?? String(value);
      if (field === 'estateClass') return domain.estateClass[value as keyof typeof domain.estateClass] ?? String(value);
      if (field === 'mode') return domain.mode[value as keyof typeof domain.mode] ?? String(value);
      if (field === 'pilot') return value ? ui.common.yes : ui.common.no;
      if (field === 'aliases' && Array.isArray(value)) return value.join(domain.enumeration);
      return String(value);
    },
  };
  const labels = useReasonFieldLabels();
  const companies = useCompanies();
  const companiesMessages = messages.companies;
  const companyOptions = (companies ?? []).flatMap((c) => [c.name, ...c.aliases]).map((value) => ({ value }));
  const field = (name: keyof EstateFormValues, label: string, span = 8, numeric = false) => (
    <Col span={span}>
      <Form.Item name={name} label={label}>
        <Input data-testid={`estate-${name}`} inputMode={numeric ? 'decimal' : undefined} />
      </Form.Item>
    </Col>
  );

  return (
    <FormDialog
      open={open}
      title={editing ? t.editTitle : t.addTitle}
      testId="estate"
      width={760}
      initialValues={toValues(editing, defaultCommunityId)}
      version={editing?.updatedAt}
      conflict={editing ? conflict : undefined}
      write={write}
      onClose={onClose}
    >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t.name} required>
              <Input data-testid="estate-name" {...textLimit(100)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="communityId" label={t.community} required>
              <Select
                data-testid="estate-communityId"
                showSearch={{ optionFilterProp: 'label' }}
                options={communities.map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            {/* Names typed one by one (Enter) or pasted as a list (、 or ；): each kept as typed. */}
            <Form.Item name="aliases" label={t.aliases} extra={t.aliasesHint}>
              <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={ALIAS_SEPARATORS} aria-label={t.aliases} data-testid="estate-aliases" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="estateClass" label={t.estateClass}>
              <Select data-testid="estate-estateClass" options={ESTATE_CLASS_CODES.map((c) => ({ value: c, label: domain.estateClass[c] }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="mode" label={t.mode}>
              <Select data-testid="estate-mode" options={MANAGEMENT_MODE_CODES.map((m) => ({ value: m, label: domain.mode[m] }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            {/* The register's names and short names to pick from; anything typed is kept as typed. */}
            <Form.Item name="company" label={t.company} extra={companiesMessages.estateCompanyHint}>
              <AutoComplete options={companyOptions} filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}>
                <Input data-testid="estate-company" />
              </AutoComplete>
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="pilot" label={t.pilot} valuePropName="checked">
              <Switch data-testid="estate-pilot" />
            </Form.Item>
          </Col>
          {field('buildings', t.buildings, 8, true)}
          {field('households', t.households, 8, true)}
          {field('floorArea', t.floorArea, 8, true)}
          {field('address', t.address, 24)}
          <Col span={24}>
            <Form.Item name="notes" label={t.notes}>
              <Input.TextArea data-testid="estate-notes" rows={2} />
            </Form.Item>
          </Col>
          {editing && (
            <Col span={24}>
              <ReasonField initial={toValues(editing, defaultCommunityId)} fields={settings.reasonRequiredFields} labelOf={(field) => labels[field]} />
            </Col>
          )}
        </Row>
    </FormDialog>
  );
}
