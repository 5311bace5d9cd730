// Chart.js with exactly the parts the dashboard's bar and line charts use (tree-shaken), registered once.
// Only useChart imports this module, dynamically: Chart.js is loaded when the first chart is shown.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export { Chart };
