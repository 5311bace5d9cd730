import { setupServer } from 'msw/node';
import { defaultHandlers } from './handlers';

/** The API mocked at the network level: components and composables run their real fetch code. */
export const server = setupServer(...defaultHandlers);
