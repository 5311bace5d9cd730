import { createMemoryHistory, createRouter } from 'vue-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from '@/app/router';
import { installEinbettenGuard } from './routes';

describe('embedded views', () => {
  afterEach(() => vi.restoreAllMocks());

  it('open a page of the dashboard in a new tab instead of inside the other site', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const router = createRouter({ history: createMemoryHistory(), routes });
    installEinbettenGuard(router);
    await router.push('/einbetten/karte');
    expect(router.currentRoute.value.meta.einbetten).toBe(true);

    await router.push('/einbetten/kommunen/05315000'); // from one embedded view to another: in place
    expect(router.currentRoute.value.path).toBe('/einbetten/kommunen/05315000');
    expect(open).not.toHaveBeenCalled();

    await router.push({ path: '/kommunen/05315000' });
    expect(router.currentRoute.value.path).toBe('/einbetten/kommunen/05315000');
    expect(open).toHaveBeenCalledWith('/kommunen/05315000', '_blank', 'noopener');
  });

  it('leave the normal pages alone', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const router = createRouter({ history: createMemoryHistory(), routes });
    installEinbettenGuard(router);
    await router.push('/kommunen');
    await router.push('/kommunen/05315000');
    expect(router.currentRoute.value.path).toBe('/kommunen/05315000');
    expect(open).not.toHaveBeenCalled();
  });
});
