import { Button, Form, Popconfirm, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CampaignDossier } from '../../shared/campaigns';
import type { Inspection } from '../../shared/inspections';
import { FormDialog } from '../components/FormDialog';
import { testIdProps } from '../components/testId';
import { useRefusal } from '../components/useRefusal';
import { useDb } from '../db/DbContext';
import { useMessages } from '../i18n/I18nProvider';
import { tieableInspections } from './campaignQueries';
import { tieInspection } from './campaignRepository';

/** The 专项检查 and 企业自查 tied to the campaign: they count toward its returns and goals. */
export function InspectionSection({ dossier }: { dossier: CampaignDossier }) {
  const { campaigns: t, inspections: i18n } = useMessages();
  const db = useDb();
  const refusal = useRefusal();
  const [tying, setTying] = useState(false);
  const { campaign } = dossier;
  const candidates = useLiveQuery(() => tieableInspections(db, campaign.estateIds), [db, campaign.estateIds]);
  const estateName = new Map(dossier.estates.map((e) => [e.id, e.name]));
  const tied = new Set(campaign.inspectionIds);
  const columns: ColumnsType<Inspection> = [
    { title: t.inspections.date, key: 'date', render: (_, r) => r.inspectedOn },
    { title: t.inspections.estate, key: 'estate', render: (_, r) => estateName.get(r.estateId) ?? '' },
    { title: t.inspections.kind, key: 'kind', render: (_, r) => <Tag>{i18n.kind[r.kind]}</Tag> },
    {
      key: 'untie',
      render: (_, r) => (
        <Popconfirm title={t.inspections.untie} onConfirm={() => void refusal.run(() => tieInspection(db, campaign.id, r.id, false))}>
          <Button type="link" size="small">{t.inspections.untie}</Button>
        </Popconfirm>
      ),
    },
  ];
  const label = (i: Inspection) => `${i.inspectedOn} ${estateName.get(i.estateId) ?? ''} ${i18n.kind[i.kind]}`;
  return (
    <div data-testid="campaign-inspections">
      <Button onClick={() => setTying(true)} style={{ marginBottom: 8 }} data-testid="inspection-tie">{t.inspections.tie}</Button>
      <Table<Inspection> size="small" rowKey="id" dataSource={[...dossier.inspections]} columns={columns} pagination={false} locale={{ emptyText: t.inspections.empty }} onRow={(r) => testIdProps(`tied-${estateName.get(r.estateId) ?? ''}-${r.inspectedOn}`)} />
      <FormDialog
        open={tying}
        title={t.inspections.tieTitle}
        testId="tie"
        initialValues={{ inspectionId: undefined as string | undefined }}
        write={(values) => tieInspection(db, campaign.id, values.inspectionId ?? '', true)}
        onClose={() => setTying(false)}
      >
        <Form.Item name="inspectionId" label={t.inspections.pick} extra={t.inspections.pickHint} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(candidates ?? []).filter((i) => !tied.has(i.id)).map((i) => ({ value: i.id, label: label(i) }))}
            data-testid="tie-inspection"
          />
        </Form.Item>
      </FormDialog>
    </div>
  );
}
