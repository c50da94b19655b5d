import { App as AntApp, Button, Card } from 'antd';
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformContext';
import { useRefusal } from '../components/useRefusal';
import { echarts, type ChartOption, type ECElementEvent } from './echarts';

/** What a click on a bar says: which series, which category (by position). */
export interface ChartClick {
  readonly seriesIndex: number;
  readonly dataIndex: number;
}

function bytesOfDataUrl(url: string): Uint8Array {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * One chart in a card with a 保存为图片 button. The chart is drawn from the few numbers it is
 * given (never rows), and started in a task of its own so five charts starting together never
 * hold the window for long.
 */
export function ChartCard({ title, option, onClick, testId, fileName, order = 0, height = 260 }: {
  title: string;
  /** Its place on the page: charts are started one after another in this order. */
  order?: number;
  option: ChartOption;
  onClick: (click: ChartClick) => void;
  testId: string;
  fileName: string;
  height?: number;
}) {
  const { dashboard: t } = useMessages();
  const platform = usePlatform();
  const refusal = useRefusal();
  const { message } = AntApp.useApp();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clicked = useRef(onClick);
  const latest = useRef(option);
  useEffect(() => {
    clicked.current = onClick;
  }, [onClick]);
  useEffect(() => {
    latest.current = option;
    // New numbers while the page is open: each chart redrawn in a task of its own, in order,
    // its model built now and its canvas painted in the next frame (lazyUpdate).
    const timer = setTimeout(() => chart.current?.setOption(option, { notMerge: true, lazyUpdate: true }), order * 30);
    return () => clearTimeout(timer);
  }, [option, order]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let disposed = false;
    let drawTimer: ReturnType<typeof setTimeout> | undefined;
    // Set up in one task, its numbers given in the next and painted in a frame after that, each
    // chart after the one before it: five charts drawn in one frame would hold the window for their sum.
    const timer = setTimeout(() => {
      if (disposed) return;
      const created = echarts.init(element, undefined, { renderer: 'canvas' });
      chart.current = created;
      created.on('click', (params) => {
        const event = params as ECElementEvent;
        clicked.current({ seriesIndex: event.seriesIndex ?? 0, dataIndex: event.dataIndex });
      });
      // Drawn once its canvas is painted: the model is built in this task, the paint waits for
      // the next frame (lazyUpdate), so neither holds the window for both.
      created.on('finished', () => {
        element.dataset.rendered = 'true';
      });
      drawTimer = setTimeout(() => {
        if (disposed) return;
        created.setOption(latest.current, { lazyUpdate: true });
      }, 0);
    }, order * 30);
    const resize = new ResizeObserver(() => chart.current?.resize());
    resize.observe(element);
    return () => {
      disposed = true;
      clearTimeout(timer);
      clearTimeout(drawTimer);
      resize.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, [order]);

  const savePng = () =>
    refusal.run(async () => {
      const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      if (!url) return;
      const saved = await platform.saveFile({ suggestedName: fileName, data: bytesOfDataUrl(url), filters: [{ name: t.pngFilter, extensions: ['png'] }] });
      if (saved.status === 'saved') void message.success(t.saved(saved.path));
    });

  return (
    <Card
      size="small"
      title={title}
      extra={<Button size="small" onClick={() => void savePng()} data-testid={`${testId}-png`}>{t.savePng}</Button>}
      data-testid={testId}
    >
      <div ref={box} role="img" aria-label={title} style={{ height, width: '100%' }} data-testid={`${testId}-canvas`} />
    </Card>
  );
}
