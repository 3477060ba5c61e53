/** Statuses whose responses cannot carry a body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The same response with its body readable again. The runtime reads every body once
 * (bounded); when it keeps a body from the typed result (a success body nothing
 * documents), the caller still reaches it through the raw response: `await response.text()`.
 */
export function withReadableBody(response: Response, body: Uint8Array): Response {
  // A copy of the bytes: `BodyInit` wants an ArrayBuffer-backed view, and the original stays untouched.
  const copy = new Response(NULL_BODY_STATUSES.has(response.status) ? null : new Uint8Array(body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // `url` and `redirected` are read-only getters on a constructed Response: keep the originals'.
  Object.defineProperty(copy, "url", { value: response.url });
  Object.defineProperty(copy, "redirected", { value: response.redirected });
  return copy;
}
