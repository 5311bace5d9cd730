import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { renderWithApp } from '@/test/render';
import {
  enumParam,
  idParam,
  pageParam,
  readUrlState,
  textParam,
  useUrlQuery,
  writeUrlState,
  type UrlQuery,
} from './useUrlQuery';

const schema = {
  q: textParam,
  themenfeld: idParam,
  sort: enumParam(['name', '-name'] as const),
  seite: pageParam,
};

describe('URL state', () => {
  it('reads typed values and ignores invalid ones', () => {
    expect(readUrlState(schema, { q: ' Bau ', themenfeld: '6', sort: 'name', seite: '3' })).toEqual({
      q: 'Bau',
      themenfeld: 6,
      sort: 'name',
      seite: 2,
    });
    expect(readUrlState(schema, { themenfeld: 'x', sort: 'drop table', seite: '0', q: '' })).toEqual({});
  });

  it('writes pages as people count them and leaves out what is not set', () => {
    expect(writeUrlState(schema, { q: 'Führerschein', seite: 0 })).toEqual({ q: 'Führerschein', seite: '1' });
    expect(writeUrlState(schema, { themenfeld: undefined })).toEqual({});
  });

  it('starts at page 1 again when a filter changes, keeps the page when only the page changes', async () => {
    let url!: UrlQuery<typeof schema>;
    const Probe = defineComponent({
      setup() {
        url = useUrlQuery(schema, 'seite');
        return () => h('p', JSON.stringify(url.state.value));
      },
    });
    const { router } = await renderWithApp(Probe, { route: '/leistungen?q=Bau&seite=3' });
    await url.update({ themenfeld: 2 });
    expect(router.currentRoute.value.fullPath).toBe('/leistungen?q=Bau&themenfeld=2');
    await url.update({ seite: 4 });
    expect(router.currentRoute.value.query).toEqual({ q: 'Bau', themenfeld: '2', seite: '5' });
    expect(url.linkTo({ seite: 0 })).toEqual({ query: { q: 'Bau', themenfeld: '2', seite: '1' } });
    router.back();
    await new Promise((r) => setTimeout(r, 20));
    expect(url.state.value).toEqual({ q: 'Bau', themenfeld: 2 });
  });
});
