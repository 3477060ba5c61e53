import type { HttpHandler } from "msw";

/**
 * The mock as MSW request handlers, for test suites that already run MSW: one handler
 * for every request to the mock's origin, checked and answered by the same engine. MSW
 * is an optional peer dependency, imported only when this is called.
 */
export async function mswHandlers(
  origin: string,
  handle: (request: Request) => Promise<Response>,
): Promise<HttpHandler[]> {
  const { http, HttpResponse } = await import("msw");
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      try {
        return await handle(request);
      } catch (error) {
        // A dropped connection: MSW's network error, which fetch rejects with a TypeError.
        if (error instanceof TypeError) {
          return HttpResponse.error();
        }
        throw error;
      }
    }),
  ];
}
