import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/vue';
import { URLSearchParams as NodeURLSearchParams } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { configureOidc, setCsrfToken } from '@/api';
import { server } from './server';

// Node's fetch (undici, Node 22) accepts only its own URLSearchParams as a body, not jsdom's: the form posts of
// the app (the token request of single sign-on) run against Node's class, as they run against the browser's.
globalThis.URLSearchParams = NodeURLSearchParams as typeof URLSearchParams;

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
