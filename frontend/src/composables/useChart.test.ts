import { render } from '@testing-library/vue';
import type { ChartConfiguration } from 'chart.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, useTemplateRef } from 'vue';
import { useChart } from './useChart';

/** Chart.js as the composable sees it: what was drawn, updated and destroyed (jsdom has no canvas). */
const charts = vi.hoisted(() => {
  class FakeChart {
    static made: FakeChart[] = [];
    data: unknown;
    options: unknown;
    updates = 0;
    destroyed = false;
    constructor(
      readonly context: unknown,
      config: { data: unknown; options?: unknown },
    ) {
      this.data = config.data;
      this.options = config.options;
      FakeChart.made.push(this);
    }
    update() {
      this.updates++;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return FakeChart;
});
/** The Chart.js chunk "arrives" when a test says so (the first time; then it is loaded, as in the browser). */
const chunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrived, arrive: () => arrive() };
});
vi.mock('@/lib/chart', async () => {
  await chunk.arrived;
  return { Chart: charts };
});

const Probe = defineComponent({
  props: { values: { type: Array as () => number[], required: true } },
  setup(props) {
    useChart(useTemplateRef<HTMLCanvasElement>('canvas'), (): ChartConfiguration<'bar'> => ({
      type: 'bar',
      data: { labels: props.values.map(String), datasets: [{ label: 'Zahl', data: [...props.values] }] },
      options: { animation: false },
    }));
    return () => h('canvas', { ref: 'canvas' });
  },
});

async function chunkArrives() {
  chunk.arrive();
  await import('@/lib/chart');
  // the component's own await of the chunk, then of the fonts
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('useChart', () => {
  const context = {};
  beforeEach(() => {
    charts.made = [];
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as CanvasRenderingContext2D);
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws once Chart.js has arrived, follows the data, and is destroyed with the component', async () => {
    const { rerender, unmount } = render(Probe, { props: { values: [1, 2] } });
    expect(charts.made).toHaveLength(0);
    await chunkArrives();
    expect(charts.made).toHaveLength(1);
    const chart = charts.made[0]!;
    expect(chart.context).toBe(context);
    expect(chart.data).toMatchObject({ labels: ['1', '2'], datasets: [{ data: [1, 2] }] });

    await rerender({ values: [3, 4, 5] });
    await nextTick();
    expect(chart.updates).toBe(1);
    expect(chart.data).toMatchObject({ labels: ['3', '4', '5'], datasets: [{ data: [3, 4, 5] }] });
    expect(chart.options).toEqual({ animation: false });

    unmount();
    expect(chart.destroyed).toBe(true);
  });

  it('touches nothing when the page is gone before Chart.js has arrived', async () => {
    // in unit tests the document itself may be gone by then
    const fonts = vi.fn(() => ({ ready: Promise.resolve() }));
    Object.defineProperty(document, 'fonts', { get: fonts, configurable: true });
    try {
      const { unmount } = render(Probe, { props: { values: [1] } });
      unmount();
      await chunkArrives();
      expect(fonts).not.toHaveBeenCalled();
      expect(charts.made).toHaveLength(0);
    } finally {
      delete (document as { fonts?: unknown }).fonts;
    }
  });

  it('draws nothing without a 2D context', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(Probe, { props: { values: [1] } });
    await chunkArrives();
    expect(charts.made).toHaveLength(0);
  });
});
