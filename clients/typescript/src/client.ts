// The Alliance Hub SDK: openapi-fetch over the types generated from the gateway's merged OpenAPI
// (src/schema.d.ts). Every path, parameter, body and answer is typed by the spec.
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema.js";

/** RFC 9457 problem details, the body of every error answer (the spec's `Problem` schema). */
export type Problem = components["schemas"]["Problem"];
/** One invalid field of a request (`Problem.errors[]`). */
export type FieldError = components["schemas"]["FieldError"];

/** The media type of merge-patch bodies (RFC 7386), which every PATCH of the API takes. */
export const MERGE_PATCH = "application/merge-patch+json";

/** A bearer token, or a function that returns the current one (called before every request). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface AllianceClientOptions {
  /** The gateway, e.g. "http://127.0.0.1:8080" (the paths start with /api/v1). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer …`; without one only public reads work. */
  token?: TokenSource | undefined;
  /**
   * true (default): every answer that is not 2xx throws a {@link ProblemError}, so `data` is what
   * remains to check. false: errors come back as openapi-fetch's `{ error, response }`.
   */
  throwOnError?: boolean | undefined;
  /** A fetch to use instead of globalThis.fetch (tests, proxies). */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
}

/**
 * The answers are typed as JSON: a list operation also declares `text/csv` (sent for
 * `Accept: text/csv`), which this client does not ask for; fetch CSV exports with plain `fetch`.
 */
export type AllianceClient = Client<paths, "application/json">;

/**
 * An error answer of the API as an exception: the problem+json fields, the HTTP response and the
 * request id the gateway assigned (quote it when reporting a fault: it is in the services' logs).
 */
export class ProblemError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Each invalid field, for validation problems; empty otherwise. */
  readonly errors: FieldError[];
  /** The gateway's X-Request-Id of the exchange, when it sent one. */
  readonly requestId?: string;
  /** The whole parsed body (it may carry more members than the Problem schema, e.g. Prism's `validation`). */
  readonly body: unknown;
  readonly response: Response;

  constructor(problem: Problem, response: Response, body: unknown) {
    const fields = (problem.errors ?? []).map((e) => `${e.field ?? "?"}: ${e.message ?? "invalid"}`);
    super(
      `${problem.status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}` +
        (fields.length ? ` [${fields.join("; ")}]` : "") +
        ` (${problem.type})`,
    );
    this.name = "ProblemError";
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    if (problem.detail !== undefined) this.detail = problem.detail;
    if (problem.instance !== undefined) this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    const requestId = response.headers.get("X-Request-Id");
    if (requestId !== null) this.requestId = requestId;
    this.body = body;
    this.response = response;
  }

  /**
   * Reads an error answer. A problem+json body is taken as it is; any other body (a proxy's HTML
   * page, say) becomes the RFC 9457 default problem `about:blank` with the HTTP status.
   */
  static async fromResponse(response: Response): Promise<ProblemError> {
    const text = await response.clone().text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: kept as text
    }
    const contentType = response.headers.get("Content-Type") ?? "";
    if (contentType.toLowerCase().startsWith("application/problem+json") && isProblem(body)) {
      return new ProblemError(body, response, body);
    }
    return new ProblemError(
      { type: "about:blank", title: response.statusText || `HTTP ${response.status}`, status: response.status },
      response,
      body,
    );
  }
}

function isProblem(value: unknown): value is Problem {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.type === "string" && typeof v.title === "string" && typeof v.status === "number";
}

/** Creates a client for the Alliance Hub API, typed by the merged spec. */
export function createAllianceClient(options: AllianceClientOptions): AllianceClient {
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const token = options.token;
  if (token !== undefined) {
    const auth: Middleware = {
      async onRequest({ request }) {
        const value = typeof token === "function" ? await token() : token;
        if (value) request.headers.set("Authorization", `Bearer ${value}`);
        return request;
      },
    };
    client.use(auth);
  }
  if (options.throwOnError ?? true) {
    const problems: Middleware = {
      async onResponse({ response }) {
        if (!response.ok) throw await ProblemError.fromResponse(response);
        return undefined;
      },
    };
    client.use(problems);
  }
  return client;
}

/** What an openapi-fetch call resolves to. */
type CallResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * The data of a call (or of its result, to also read its headers), or throws: a
 * {@link ProblemError} for an error answer (when the client was made with throwOnError: false), an
 * Error when a successful answer had no body.
 */
export async function unwrap<T>(call: CallResult<T> | Promise<CallResult<T>>): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw await ProblemError.fromResponse(response);
  if (data === undefined || data === null) {
    throw new Error(`${response.status} answer without a body from ${response.url}`);
  }
  return data;
}

/** The ETag of an answer (to send back as If-Match); throws when the answer has none. */
export function etagOf(response: Response): string {
  const etag = response.headers.get("ETag");
  if (!etag) throw new Error(`no ETag on the answer from ${response.url}`);
  return etag;
}
