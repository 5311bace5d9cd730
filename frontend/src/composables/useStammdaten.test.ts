import { screen, waitFor } from '@testing-library/vue';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { API, kreise } from '@/test/fixtures';
import { renderWithApp } from '@/test/render';
import { server } from '@/test/server';
import { useChoices, useStammdaten } from './useStammdaten';

describe('useStammdaten', () => {
  it('reads a reference collection once for every page, filter and form that needs it', async () => {
    let requests = 0;
    server.use(
      http.get(`${API}/api/v1/kreise`, ({ request }) => {
        requests++;
        expect(new URL(request.url).searchParams.get('size')).toBe('500');
        return HttpResponse.json({ items: kreise, total: kreise.length, page: 0, size: 500 });
      }),
    );
    const Probe = defineComponent({
      setup() {
        const liste = useStammdaten('kreise');
        const alle = useChoices('kreise');
        const nurKreise = useChoices('kreise', (k) => k.typ === 'KREIS');
        return () =>
          h('div', [
            h('p', { 'data-testid': 'liste' }, (liste.data.value ?? []).map((k) => k.kurzname).join(', ')),
            h('p', { 'data-testid': 'alle' }, JSON.stringify(alle.value)),
            h('p', { 'data-testid': 'kreise' }, JSON.stringify(nurKreise.value)),
          ]);
      },
    });
    await renderWithApp(Probe);
    await waitFor(() => expect(screen.getByTestId('liste')).toHaveTextContent('Köln, Rhein-Sieg-Kreis'));
    expect(JSON.parse(screen.getByTestId('alle').textContent ?? '')).toEqual([
      { value: '05315', label: 'Köln, Stadt' },
      { value: '05382', label: 'Rhein-Sieg-Kreis' },
    ]);
    expect(JSON.parse(screen.getByTestId('kreise').textContent ?? '')).toEqual([
      { value: '05382', label: 'Rhein-Sieg-Kreis' },
    ]);
    expect(requests).toBe(1);
  });

  it('waits until it is needed', async () => {
    let requests = 0;
    server.use(
      http.get(`${API}/api/v1/fachaemter`, () => {
        requests++;
        return HttpResponse.json({ items: [], total: 0, page: 0, size: 500 });
      }),
    );
    await renderWithApp({
      setup() {
        const { status } = useStammdaten('fachaemter', { enabled: false });
        return () => h('p', status.value);
      },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(requests).toBe(0);
  });
});
