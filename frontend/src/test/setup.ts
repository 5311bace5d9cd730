import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/vue';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configureOidc, setCsrfToken } from '@/api';
import { server } from './server';

// jsdom has no canvas: charts render nothing in unit tests (their tables are what the tests read).
HTMLCanvasElement.prototype.getContext = () => null;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setCsrfToken(undefined);
  localStorage.clear();
  sessionStorage.clear();
  configureOidc(undefined);
});
afterAll(() => server.close());
