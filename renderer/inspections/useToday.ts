import { useEffect, useState } from 'react';
import { localIsoDate } from '../../shared/inspections/calendar';

/**
 * Today on the local calendar, as ISO. Re-read every half minute and whenever the window comes
 * back, so a notice turns 逾期 at midnight without a reload.
 */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    const tick = () => setToday(localIsoDate(new Date()));
    const timer = setInterval(tick, 30_000);
    window.addEventListener('focus', tick);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', tick);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);
  return today;
}
