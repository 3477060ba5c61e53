import { createHostupClient } from "@billforge/hostup";
import { mockHostup } from "@billforge/hostup/testing";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Suites that already run MSW: the same checked mock, as request handlers on the global fetch.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("the MSW adapter", () => {
  it("answers from the examples and checks requests, through the global fetch", async () => {
    const mock = mockHostup({ baseUrl: "https://cloud.hostup.se/api" });
    server.resetHandlers(...(await mock.mswHandlers()));
    // No fetch option: the client calls the global fetch, which MSW intercepts.
    const hostup = createHostupClient({ apiKey: mock.clientOptions.apiKey, maxRetries: 0 });
    const details = await hostup.getAccountDetails();
    expect(details.data.client.id).toBe("9257");
    expect(mock.calls.map((c) => c.url)).toEqual(["https://cloud.hostup.se/api/account/details"]);
    mock.assertNoViolations();

    const stranger = createHostupClient({ apiKey: "someone-elses-key", maxRetries: 0 });
    await expect(stranger.getAccountDetails()).rejects.toMatchObject({ status: 401 });
    expect(mock.violations).toEqual([
      {
        operation: "getAccountDetails",
        pointer: "/headers/X-API-Key",
        rule: "security",
        message: "ApiKeyAuth: not the API key the mock was given",
      },
    ]);
  });

  it("turns a dropped connection into MSW's network error", async () => {
    const mock = mockHostup({ baseUrl: "https://cloud.hostup.se/api" });
    server.resetHandlers(...(await mock.mswHandlers()));
    mock.on.getAccountDetails({ fault: "drop" });
    const hostup = createHostupClient({ apiKey: mock.clientOptions.apiKey, maxRetries: 0 });
    await expect(hostup.getAccountDetails()).rejects.toMatchObject({ name: "ConnectionError" });
  });
});
