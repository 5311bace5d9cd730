import { computed, type ComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

/** How one query parameter is read from and written to the URL. Invalid input reads as "not set". */
export interface UrlParam<T> {
  parse(raw: string): T | undefined;
  serialize(value: T): string;
}

export const textParam: UrlParam<string> = {
  parse: (raw) => (raw.trim() === '' ? undefined : raw.trim()),
  serialize: (value) => value,
};

export const idParam: UrlParam<number> = {
  parse: (raw) => (/^\d{1,9}$/.test(raw) ? Number(raw) : undefined),
  serialize: (value) => String(value),
};

export function patternParam(pattern: RegExp): UrlParam<string> {
  return { parse: (raw) => (pattern.test(raw) ? raw : undefined), serialize: (value) => value };
}

export function enumParam<T extends string>(values: readonly T[]): UrlParam<T> {
  return {
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

/** The page as people count it in the URL (`seite=2`), as the API counts it in the state (page 1). */
export const pageParam: UrlParam<number> = {
  parse: (raw) => (/^[1-9]\d{0,5}$/.test(raw) ? Number(raw) - 1 : undefined),
  serialize: (page) => String(page + 1),
};

type Schema = Record<string, UrlParam<unknown>>;
export type UrlState<S extends Schema> = { [K in keyof S]?: S[K] extends UrlParam<infer T> ? T : never };

function first(value: LocationQuery[string] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ?? undefined;
}

export function readUrlState<S extends Schema>(schema: S, query: LocationQuery): UrlState<S> {
  const state: Record<string, unknown> = {};
  for (const [key, param] of Object.entries(schema)) {
    const raw = first(query[key]);
    const value = raw === undefined ? undefined : param.parse(raw);
    if (value !== undefined) state[key] = value;
  }
  return state as UrlState<S>;
}

export function writeUrlState<S extends Schema>(schema: S, state: UrlState<S>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const [key, param] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key];
    if (value !== undefined && value !== null && value !== '') query[key] = param.serialize(value);
  }
  return query;
}

export interface UrlQuery<S extends Schema> {
  /** The state as the URL says, invalid and unknown parameters left out. */
  state: ComputedRef<UrlState<S>>;
  /** Navigates to the same route with the given state (a new history entry, so Back undoes it). */
  setState(next: UrlState<S>): Promise<void>;
  /** Merges `patch` into the state; unless told otherwise, a change of anything but the page starts at page 1. */
  update(patch: UrlState<S>, options?: { keepPage?: boolean }): Promise<void>;
  /** A link target for the same route with `patch` merged in (for pagination links). */
  linkTo(patch: UrlState<S>): { query: LocationQueryRaw; hash?: string };
}

/**
 * Filters, sort order and page live in the URL, so that every view can be bookmarked and shared and the
 * browser's Back and Forward buttons work. `pageKey` names the parameter that resets when anything else changes.
 */
export function useUrlQuery<S extends Schema>(schema: S, pageKey?: keyof S & string): UrlQuery<S> {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => readUrlState(schema, route.query));

  async function setState(next: UrlState<S>) {
    await router.push({ query: writeUrlState(schema, next) });
  }

  async function update(patch: UrlState<S>, options: { keepPage?: boolean } = {}) {
    const next = { ...state.value, ...patch } as Record<string, unknown>;
    if (pageKey && !options.keepPage && !(pageKey in patch)) delete next[pageKey];
    await setState(next as UrlState<S>);
  }

  function linkTo(patch: UrlState<S>) {
    return { query: writeUrlState(schema, { ...state.value, ...patch }) };
  }

  return { state, setState, update, linkTo };
}
