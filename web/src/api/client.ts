import { getLocale, translate } from '../i18n/messages';

/** One field error of a problem response (`path` is the field, e.g. "username" or "window.start"). */
export interface FieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the API sends them; `detail` is already in the user's language. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
}

/** Codes the client makes up itself when the server gave no problem document. */
export const NETWORK_ERROR = 'network-error';
export const HTTP_ERROR = 'http-error';

export class ApiError extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: FieldError[];

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.detail = problem.detail;
    this.code = problem.code;
    this.errors = problem.errors;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** path + query string; empty values (undefined, null, '') are left out. */
export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

// ---- 401 handling -------------------------------------------------------------------------------

type UnauthorizedHandler = () => void;

function redirectToLogin(): void {
  const { pathname, search, hash } = window.location;
  if (pathname === '/login') return;
  window.location.assign(buildUrl('/login', { next: pathname + search + hash }));
}

let unauthorizedHandler: UnauthorizedHandler = redirectToLogin;

/**
 * Sets what happens when a call (other than login) answers 401. The session provider installs one that
 * clears the session, so the router sends the user to /login?next=…; without it the page is reloaded there.
 * Returns a function that restores the default.
 */
export function setUnauthorizedHandler(handler: UnauthorizedHandler): () => void {
  unauthorizedHandler = handler;
  return () => {
    if (unauthorizedHandler === handler) unauthorizedHandler = redirectToLogin;
  };
}

// ---- requests -----------------------------------------------------------------------------------

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** A JSON body, or FormData for uploads. */
  body?: unknown;
  signal?: AbortSignal;
  /** Do not treat 401 as "session ended" (login itself, and the session probe GET /api/me). */
  allowUnauthorized?: boolean;
  /** The Accept header; JSON unless a file is downloaded. */
  accept?: string;
}

function isProblem(value: unknown): value is ProblemDetails {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === 'number' && (typeof v.detail === 'string' || typeof v.title === 'string');
}

async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body: unknown = await response.json();
      if (isProblem(body)) {
        return new ApiError({
          type: body.type ?? 'about:blank',
          title: body.title ?? '',
          status: body.status,
          detail: body.detail ?? body.title ?? '',
          code: body.code ?? HTTP_ERROR,
          errors: Array.isArray(body.errors) ? body.errors : undefined,
        });
      }
    } catch {
      // not JSON after all: fall through to the generic error
    }
  }
  const detail = translate(getLocale(), 'error.http', { status: response.status });
  return new ApiError({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail,
    code: HTTP_ERROR,
  });
}

/** Sends a request and returns the response when it is 2xx; throws ApiError otherwise. */
export async function send(path: string, options: RequestOptions = {}): Promise<Response> {
  const { method = 'GET', query, body, signal, allowUnauthorized = false } = options;
  const accept = options.accept ?? 'application/json, application/problem+json';
  const headers: Record<string, string> = { Accept: accept, 'Accept-Language': getLocale() };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body; // the browser sets the multipart boundary
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method,
      headers,
      body: payload,
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError({
      type: 'about:blank',
      title: '',
      status: 0,
      detail: translate(getLocale(), 'error.network'),
      code: NETWORK_ERROR,
    });
  }

  if (response.ok) return response;
  const error = await toApiError(response);
  if (response.status === 401 && !allowUnauthorized) unauthorizedHandler();
  throw error;
}

/** Sends a request and parses its JSON answer (undefined for 204 No Content). */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The file name of a download, from Content-Disposition (RFC 6266, filename* first). */
function fileNameOf(response: Response): string | null {
  const header = response.headers.get('Content-Disposition');
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // malformed: try the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
}

export const api = {
  get<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
    return request<T>(path, { query, signal });
  },
  post<T>(path: string, body?: unknown, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'POST', body });
  },
  patch<T>(path: string, body?: unknown): Promise<T> {
    return request<T>(path, { method: 'PATCH', body });
  },
  /** Multipart upload of one file in the given field. */
  upload<T>(path: string, file: File, field = 'file'): Promise<T> {
    const form = new FormData();
    form.append(field, file, file.name);
    return request<T>(path, { method: 'POST', body: form });
  },
  /** Downloads a file; errors arrive as ApiError like any other call. */
  async download(path: string, query?: Query): Promise<{ blob: Blob; fileName: string | null }> {
    const response = await send(path, { query, accept: '*/*' });
    return { blob: await response.blob(), fileName: fileNameOf(response) };
  },
};
