import { ConfigProvider } from 'antd';
import { createContext, useContext, useEffect, type ReactNode } from 'react';

/**
 * 大字模式 (适老化): antd draws every control from its tokens, so larger type and taller
 * controls reach the whole window at once. Tables read the factor to widen their columns in
 * step, so a number never wraps under its header.
 */
const LARGE = { fontSize: 17, controlHeight: 38 } as const;
export const LARGE_TEXT_SCALE = LARGE.fontSize / 14;

const ScaleContext = createContext(1);

export function UiScale({ largeText, children }: { largeText: boolean; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);
  return (
    <ScaleContext.Provider value={largeText ? LARGE_TEXT_SCALE : 1}>
      <ConfigProvider theme={largeText ? { token: LARGE } : {}}>{children}</ConfigProvider>
    </ScaleContext.Provider>
  );
}

/** 1, or how much larger everything is drawn in 大字模式. */
export function useUiScale(): number {
  return useContext(ScaleContext);
}
