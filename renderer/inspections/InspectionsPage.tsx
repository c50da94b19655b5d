import { Button, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { InspectionLedger } from './InspectionLedger';
import { NoticeLedger } from './NoticeLedger';
import { SurveyLedger } from './SurveyLedger';
import { useEstateDirectory } from './useEstateDirectory';
import { useInspectionDialogs } from './useInspectionDialogs';

type Tab = 'inspections' | 'notices' | 'surveys';

/** 检查与整改台账: inspections, rectification notices and surveys of the whole street. */
export function InspectionsPage() {
  const { inspections: t } = useMessages();
  const directory = useEstateDirectory();
  const dialogs = useInspectionDialogs();
  const [tab, setTab] = useState<Tab>('inspections');
  const noEstates = directory !== undefined && directory.estates.length === 0;

  return (
    <div data-testid="inspections-page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t.page.title}</Typography.Title>
        <Space>
          <Button disabled={noEstates} onClick={() => dialogs.openSurvey({ kind: 'create' })} data-testid="survey-add">{t.page.addSurvey}</Button>
          <Button type="primary" disabled={noEstates} onClick={() => dialogs.openEntry()} data-testid="inspection-add">{t.page.addInspection}</Button>
        </Space>
      </Space>
      {noEstates && <Typography.Paragraph type="secondary">{t.page.needEstates}</Typography.Paragraph>}
      {directory === undefined ? (
        <Spin />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key === 'notices' || key === 'surveys' ? key : 'inspections')}
          items={[
            { key: 'inspections', label: <span data-testid="tab-inspections">{t.page.tabInspections}</span>, children: <InspectionLedger directory={directory} onOpen={dialogs.openInspection} /> },
            { key: 'notices', label: <span data-testid="tab-notices">{t.page.tabNotices}</span>, children: <NoticeLedger directory={directory} onOpen={dialogs.openNotice} /> },
            { key: 'surveys', label: <span data-testid="tab-surveys">{t.page.tabSurveys}</span>, children: <SurveyLedger directory={directory} onEdit={dialogs.openSurvey} /> },
          ]}
        />
      )}
      {dialogs.dialogs}
    </div>
  );
}
