import { Tag } from 'antd';
import type { CommitteeStatusCode } from '../../shared/committees/status';
import { useMessages } from '../i18n/I18nProvider';

const COLOURS: Readonly<Record<CommitteeStatusCode, string>> = {
  none: 'default',
  preparing: 'blue',
  electedUnfiled: 'gold',
  filingOverdue: 'red',
  filed: 'green',
  expiring: 'orange',
  expired: 'volcano',
};

/** A status as a coloured tag; `data-status` carries the code for tests and styling. */
export function CommitteeStatusTag({ code, testId }: { code: CommitteeStatusCode; testId?: string }) {
  const { committees } = useMessages();
  return (
    <Tag color={COLOURS[code]} data-testid={testId} data-status={code}>
      {committees.status[code]}
    </Tag>
  );
}
