import { Button, Descriptions, Drawer, List, Popconfirm, Result, Space, Spin, Tag, Typography } from 'antd';
import type { Inspection } from '../../shared/inspections/inspection';
import { INSPECTION_CATEGORIES } from '../../shared/inspections/kinds';
import { shownStatus } from '../../shared/inspections/overdue';
import { useDb } from '../db/DbContext';
import { useInspection, useNoticesOfInspection } from './inspectionHooks';
import { deleteInspection } from './inspectionRepository';
import { useMessages } from '../i18n/I18nProvider';
import { NoticeStatusTag } from './notice/NoticeStatusTag';
import { PhotoStrip } from './photos/PhotoStrip';
import { useEstateDirectory } from './useEstateDirectory';
import { useToday } from './useToday';
import { useRefusal } from '../components/useRefusal';

const RESULT_COLORS = { pass: 'green', problem: 'red', notApplicable: 'default' } as const;

export interface InspectionDrawerActions {
  readonly onEdit: (inspection: Inspection) => void;
  readonly onIssue: (inspection: Inspection) => void;
  readonly onOpenNotice: (noticeId: string) => void;
}

function InspectionBody({ inspection, onClose, actions }: { inspection: Inspection; onClose: () => void; actions: InspectionDrawerActions }) {
  const { inspections: t, ui, domain } = useMessages();
  const refusal = useRefusal();
  const db = useDb();
  const today = useToday();
  const directory = useEstateDirectory();
  const notices = useNoticesOfInspection(inspection.id);

  const remove = async () => {
    if (await refusal.run(() => deleteInspection(db, inspection.id), { done: t.detail.deleted, className: 'delete-refused' })) onClose();
  };

  return (
    <div data-testid="inspection-drawer">
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={t.ledger.estate} span={2}>{directory?.label(inspection.estateId)}</Descriptions.Item>
        <Descriptions.Item label={t.ledger.inspectedOn}>{`${inspection.inspectedOn} ${inspection.time}`}</Descriptions.Item>
        <Descriptions.Item label={t.ledger.kind}>{t.kind[inspection.kind]}</Descriptions.Item>
        <Descriptions.Item label={t.ledger.inspectors}>{domain.list(inspection.inspectors)}</Descriptions.Item>
        <Descriptions.Item label={t.ledger.score}>{inspection.score ?? ''}</Descriptions.Item>
        {INSPECTION_CATEGORIES.map((c) => (
          <Descriptions.Item key={c} label={t.category[c]} span={2}>
            <Tag color={RESULT_COLORS[inspection.categories[c].result]} data-testid={`inspection-result-${c}`}>{t.result[inspection.categories[c].result]}</Tag>
            {inspection.categories[c].mark !== null && <Tag>{inspection.categories[c].mark}</Tag>}
            {inspection.categories[c].note}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t.entry.findings} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{inspection.findings}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ margin: '16px 0' }}>
        <Button type="primary" onClick={() => actions.onIssue(inspection)} data-testid="inspection-issue">{t.detail.issueNotice}</Button>
        <Button onClick={() => actions.onEdit(inspection)} data-testid="inspection-edit">{t.detail.edit}</Button>
        <Popconfirm title={t.detail.confirmDelete} okText={ui.common.delete} cancelText={ui.common.cancel} onConfirm={() => void remove()}>
          <Button danger data-testid="inspection-delete">{t.detail.delete}</Button>
        </Popconfirm>
      </Space>
      <Typography.Title level={5}>{t.detail.photos}</Typography.Title>
      <PhotoStrip ownerId={inspection.id} editable />
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t.detail.notices}</Typography.Title>
      <List
        size="small"
        loading={notices === undefined}
        dataSource={notices ?? []}
        locale={{ emptyText: t.detail.noNotices }}
        renderItem={(notice) => (
          <List.Item
            actions={[<NoticeStatusTag key="status" status={shownStatus(notice, today)} />]}
          >
            <Typography.Link onClick={() => actions.onOpenNotice(notice.id)} data-testid={`inspection-notice-${notice.number}`}>
              {notice.number}
            </Typography.Link>
            <Typography.Text type="secondary">{` ${t.notice.deadline} ${notice.deadline}`}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}

/** One inspection: what was found, its photos, the notices issued from it. */
export function InspectionDrawer({ inspectionId, onClose, actions }: { inspectionId: string | null; onClose: () => void; actions: InspectionDrawerActions }) {
  const { inspections: t } = useMessages();
  const directory = useEstateDirectory();
  const inspection = useInspection(inspectionId ?? undefined);
  const title = inspection ? t.detail.title(directory?.get(inspection.estateId)?.estate.name ?? '', inspection.inspectedOn) : '';
  return (
    <Drawer open={inspectionId !== null} onClose={onClose} size={720} title={title} destroyOnHidden>
      {inspection === undefined && <Spin />}
      {inspection === null && inspectionId !== null && <Result status="404" title={t.detail.missing} />}
      {inspection && <InspectionBody inspection={inspection} onClose={onClose} actions={actions} />}
    </Drawer>
  );
}
