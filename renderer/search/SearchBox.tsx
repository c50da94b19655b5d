import { AutoComplete, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SearchHit } from '../../shared/search';
import type { Navigate } from '../app/useHashRoute';
import { shortcutProps } from '../components/keyboard/shortcutProps';
import { useMessages } from '../i18n/I18nProvider';
import { useSearch } from './SearchContext';
import { routeOfTarget } from './searchTarget';

const PER_GROUP = 6;

const optionValue = (hit: SearchHit) => `${hit.document.kind}\u0000${hit.document.id}`;

/**
 * The one search box (Ctrl+K anywhere): estates, communities, committee members and notice
 * numbers by characters, full pinyin or initials; hits grouped by kind; Enter opens the first
 * (or the one picked with the arrows).
 */
export function SearchBox({ navigate }: { navigate: Navigate }) {
  const { search: t } = useMessages();
  const [text, setText] = useState('');
  const answer = useSearch(text, { limit: PER_GROUP });
  // Until the worker answers this keystroke, the previous hits stay (no flicker to empty).
  const groups = useMemo(() => answer?.value ?? [], [answer]);
  const byValue = useMemo(() => new Map(groups.flatMap((g) => g.hits.map((h) => [optionValue(h), h] as const))), [groups]);

  const options = groups.map((group) => ({
    label: (
      <Typography.Text type="secondary" data-testid={`search-group-${group.kind}`}>
        {t.group[group.kind]}
        {group.total > group.hits.length ? ` · ${t.more(group.hits.length, group.total)}` : ''}
      </Typography.Text>
    ),
    options: group.hits.map((hit) => ({
      value: optionValue(hit),
      label: (
        <span data-testid={`search-hit-${hit.document.kind}-${hit.document.title}`}>
          {hit.document.title}
          {hit.text > 0 && hit.document.texts[hit.text] ? <Typography.Text type="secondary">{t.matchedBy(hit.document.texts[hit.text]!)}</Typography.Text> : null}
          {hit.document.detail ? <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{hit.document.detail}</Typography.Text> : null}
        </span>
      ),
    })),
  }));

  const open = (value: string) => {
    const hit = byValue.get(value);
    if (!hit) return;
    setText('');
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    navigate(routeOfTarget(hit.document.opens));
  };

  return (
    // data-answered: the text whose hits are shown, so a test or a benchmark knows a keystroke was answered.
    <div data-testid="global-search-box" data-answered={answer?.text ?? ''}>
    <AutoComplete
      value={text}
      options={options}
      onSearch={setText}
      onSelect={open}
      defaultActiveFirstOption
      popupMatchSelectWidth={360}
      notFoundContent={text.trim() !== '' && answer?.text === text ? <span data-testid="search-none">{t.none}</span> : null}
      style={{ width: '100%' }}
      data-testid="global-search"
    >
      <Input.Search aria-label={t.label} placeholder={t.placeholder} allowClear {...shortcutProps('search')} />
    </AutoComplete>
    </div>
  );
}
