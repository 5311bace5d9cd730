import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type InvalidParam = components['schemas']['InvalidParam'];

/** What went wrong, as far as the user and the retry policy need to know. */
export type ApiErrorKind = 'network' | 'not-found' | 'bad-request' | 'server' | 'unexpected';

/** Statuses a write can meet that the UI answers in their own way (sign in, no right, changed meanwhile …). */
export const STATUS = {
  unauthorized: 401,
  forbidden: 403,
  preconditionFailed: 412,
  preconditionRequired: 428,
  tooManyRequests: 429,
} as const;

/**
 * The one error type the API layer hands to composables and components: network failures, RFC 9457 problem
 * responses and anything unexpected are normalised here, so that no component ever sees a raw fetch error.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    /** Short German title for the user, e.g. the problem's `title`. */
    readonly title: string,
    /** Explanation for the user, e.g. the problem's `detail`. */
    readonly detail: string,
    readonly status?: number,
    readonly invalidParams: readonly InvalidParam[] = [],
    readonly problemType?: string,
  ) {
    super(`${title}: ${detail}`);
  }

  /** Someone changed the entry since it was read (412): reload or compare, never overwrite. */
  get stale(): boolean {
    return this.status === STATUS.preconditionFailed;
  }

  /** Worth trying again: the server was unreachable or failed, not the request itself. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).title === 'string' &&
    typeof (body as Problem).status === 'number'
  );
}

/** Clearer German words for the statuses a signed-in user meets when writing; the problem's detail follows. */
const TITLES: Partial<Record<number, string>> = {
  401: 'Bitte melden Sie sich an',
  403: 'Keine Berechtigung',
  412: 'Inzwischen geändert',
  428: 'Fassung fehlt',
  429: 'Zu viele Versuche',
};

function kindOf(status: number): ApiErrorKind {
  if (status === 404) return 'not-found';
  if (status >= 400 && status < 500) return 'bad-request';
  if (status >= 500) return 'server';
  return 'unexpected';
}

export function networkError(): ApiError {
  return new ApiError(
    'network',
    'Keine Verbindung zum Server',
    'Die Daten konnten nicht geladen werden, weil der Server des Dashboards nicht erreichbar ist. ' +
      'Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  );
}

export function errorFromResponse(response: Response, body: unknown): ApiError {
  if (isProblem(body)) {
    return new ApiError(
      kindOf(body.status),
      TITLES[body.status] ?? body.title,
      body.detail ?? `Der Server antwortete mit Status ${body.status}.`,
      body.status,
      body.errors ?? [],
      body.type,
    );
  }
  return new ApiError(
    kindOf(response.status),
    response.status === 404 ? 'Nicht gefunden' : 'Fehler beim Laden',
    `Der Server antwortete mit Status ${response.status}.`,
    response.status,
  );
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError}. Aborts (a query that is no
 * longer needed) pass through unchanged so that the query library can tell them from failures.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    if (isAbort(error)) throw error;
    if (error instanceof SyntaxError) {
      throw new ApiError('unexpected', 'Unerwartete Antwort', 'Der Server lieferte keine lesbaren Daten.');
    }
    throw networkError();
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) throw errorFromResponse(response, error);
  if (data === undefined) {
    throw new ApiError(
      'unexpected',
      'Unerwartete Antwort',
      'Der Server lieferte keine Daten.',
      response.status,
    );
  }
  return data;
}

/** Like {@link unwrap}, and also returns the entry's ETag (its version), which every change sends back in If-Match. */
export async function unwrapWithEtag<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<{ data: T; etag: string | undefined }> {
  let etag: string | undefined;
  const data = await unwrap(
    call.then((result) => {
      etag = result.response.headers.get('ETag') ?? undefined;
      return result;
    }),
  );
  return { data, etag };
}

/** The ETag of a version number, as the API sends it (`"3"`), for entries whose body carries the version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** For calls that answer 204 without a body (sign-out, delete): throws an {@link ApiError} on failure. */
export async function unwrapEmpty(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<void> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw networkError();
  }
  if (!result.response.ok || result.error !== undefined)
    throw errorFromResponse(result.response, result.error);
}
