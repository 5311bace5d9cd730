import type { Chart, ChartConfiguration, ChartType } from 'chart.js';
import { onBeforeUnmount, onMounted, watch, type Ref } from 'vue';

/**
 * The charts' look: KERN text and grid colours, Fira Sans, and series colours that stay apart also for common
 * colour vision deficiencies (KERN blue, a contrasting orange, green, violet).
 */
export const chartStyle = {
  text: '#1b1d2b',
  grid: '#d8e1f4',
  font: { family: '"Fira Sans", sans-serif', size: 14 },
  colors: ['#2044aa', '#c05600', '#0c7c59', '#6a3d9a'],
} as const;

/**
 * The Chart.js lifecycle of one canvas, for every chart of the dashboard: Chart.js arrives in its own chunk
 * when the first chart is shown; the chart is drawn once the web font is there (a canvas does not redraw when
 * a font arrives), follows `config` when the data change, and is destroyed with the component – also when
 * the component is gone before Chart.js has arrived. Without a 2D context (jsdom) nothing is drawn.
 *
 * Charts are decoration for screen readers beyond their summary: each stands beside a table of its numbers.
 */
export function useChart<T extends ChartType>(
  canvas: Readonly<Ref<HTMLCanvasElement | null | undefined>>,
  config: () => ChartConfiguration<T>,
) {
  let chart: Chart<T> | undefined;
  let gone = false;

  onMounted(async () => {
    const { Chart } = await import('@/lib/chart');
    // the page may be gone by the time the chunk has arrived (and, in tests, its document with it)
    if (gone) return;
    await document.fonts?.ready;
    const context = canvas.value?.getContext('2d');
    if (gone || !context) return;
    chart = new Chart(context, config());
  });

  watch(config, (next) => {
    if (!chart) return;
    chart.data = next.data;
    if (next.options) chart.options = next.options;
    chart.update();
  });

  onBeforeUnmount(() => {
    gone = true;
    chart?.destroy();
    chart = undefined;
  });
}
