import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { messagesFor, type Messages } from '../../shared/i18n/catalogs';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale';

const MessagesContext = createContext<Messages>(messagesFor(DEFAULT_LOCALE));

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

/**
 * The app's red, and text colours that pass WCAG AA (4.5:1) on white: antd's defaults for hints,
 * placeholders, links and danger buttons sit between 3:1 and 4:1, hard to read on an office
 * monitor and failed by the accessibility audit.
 */
const THEME = {
  token: {
    colorPrimary: '#b5121b',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
} as const;
const DAYJS_LOCALES = { 'zh-CN': 'zh-cn', en: 'en' } as const;

/** Ant Design, dayjs and our own catalogs switch language together. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = useMemo<Messages>(() => {
    dayjs.locale(DAYJS_LOCALES[locale]);
    return messagesFor(locale);
  }, [locale]);
  // Screen readers and the browser's own words (spelling, hyphenation) follow the UI language.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <ConfigProvider locale={ANTD_LOCALES[locale]} theme={THEME}>
      <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>
    </ConfigProvider>
  );
}

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
