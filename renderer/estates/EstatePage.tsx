import { Button, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import type { EstateSection, Navigate } from '../app/useHashRoute';
import { useCommunities, useEstate } from './hooks';
import { useMessages } from '../i18n/I18nProvider';
import { EstateFormModal } from './EstateFormModal';
import { ESTATE_PANELS } from './estatePanels';

const blank = (value: number | null) => (value === null ? '' : value);

/** One estate: its facts, then every panel that records something about it. */
export function EstatePage({ estateId, panel, navigate }: { estateId: string; panel?: EstateSection; navigate: Navigate }) {
  const { ui, domain } = useMessages();
  const t = ui.estates;
  const estate = useEstate(estateId);
  const communities = useCommunities();
  const [editing, setEditing] = useState(false);
  // A link to one section (a committee member found by search) scrolls to it once the page is drawn.
  const sections = useRef(new Map<EstateSection, HTMLElement>());
  const loaded = estate !== undefined && estate !== null && communities !== undefined;
  useEffect(() => {
    if (loaded && panel) sections.current.get(panel)?.scrollIntoView({ block: 'start' });
  }, [loaded, panel]);

  if (estate === undefined || communities === undefined) return <Spin />;
  if (estate === null) {
    return (
      <Result
        status="404"
        title={ui.estate.missing}
        extra={<Button onClick={() => navigate({ page: 'estates' })}>{ui.estate.back}</Button>}
      />
    );
  }
  const community = communities.find((c) => c.id === estate.communityId);
  return (
    <div data-testid="estate-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Button type="link" onClick={() => navigate({ page: 'estates' })} data-testid="estate-back">{ui.estate.back}</Button>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="estate-title">{estate.name}</Typography.Title>
          {estate.pilot && <Tag color="red">{t.pilot}</Tag>}
        </Space>
        <Button onClick={() => setEditing(true)} data-testid="estate-page-edit">{ui.common.edit}</Button>
      </Space>
      <Descriptions bordered size="small" column={3} style={{ marginTop: 16 }} data-testid="estate-facts">
        <Descriptions.Item label={t.community}>{community?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label={t.aliases} span={2}><span data-testid="estate-aliases-shown">{estate.aliases.join(domain.enumeration)}</span></Descriptions.Item>
        <Descriptions.Item label={t.estateClass}>{domain.estateClass[estate.estateClass]}</Descriptions.Item>
        <Descriptions.Item label={t.mode}>{domain.mode[estate.mode]}</Descriptions.Item>
        <Descriptions.Item label={t.company}>
          {/* The company text as typed; the link goes to the register's record it names. */}
          {estate.companyId !== null ? (
            <a onClick={() => navigate({ page: 'company', companyId: estate.companyId! })} data-testid="estate-company-link">{estate.company}</a>
          ) : estate.company}
        </Descriptions.Item>
        <Descriptions.Item label={t.buildings}>{blank(estate.buildings)}</Descriptions.Item>
        <Descriptions.Item label={t.households}>{blank(estate.households)}</Descriptions.Item>
        <Descriptions.Item label={t.floorArea}>{blank(estate.floorArea)}</Descriptions.Item>
        <Descriptions.Item label={t.address} span={2}>{estate.address}</Descriptions.Item>
        <Descriptions.Item label={t.notes} span={2}>{estate.notes}</Descriptions.Item>
        <Descriptions.Item label={t.updatedAt}>{dayjs(estate.updatedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
      {ESTATE_PANELS.map(({ key, Panel }) => (
        <section
          key={key}
          style={{ marginTop: 24 }}
          data-testid={`estate-section-${key}`}
          data-opened={key === panel || undefined}
          ref={(element) => {
            if (element) sections.current.set(key, element);
            else sections.current.delete(key);
          }}
        >
          <Panel estate={estate} navigate={navigate} />
        </section>
      ))}
      <EstateFormModal
        open={editing}
        editing={estate}
        communities={communities}
        defaultCommunityId={estate.communityId}
        onClose={() => setEditing(false)}
      />
    </div>
  );
}
