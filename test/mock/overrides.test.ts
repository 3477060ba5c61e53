import { createHostupClient, HostupApiError } from "@billforge/hostup";
import { mockHostup } from "@billforge/hostup/testing";
import { describe, expect, it } from "vitest";

const errorBody = {
  code: "NOT_FOUND",
  error: "Not Found",
  message: "No such invoice",
  requestId: "r-1",
  timestamp: "t",
};

describe("overrides", () => {
  it("a handler gets the parameters decoded by the spec and answers a documented error", async () => {
    const mock = mockHostup();
    const seen: unknown[] = [];
    mock.on.getInvoice(({ path }) => {
      seen.push(path.id);
      return { status: 404, body: { ...errorBody, message: `no invoice ${path.id}` } };
    });
    const error = await createHostupClient(mock.clientOptions)
      .getInvoice({ path: { id: 47185 } })
      .catch((e: unknown) => e);
    expect(seen).toEqual([47185]);
    expect(error).toBeInstanceOf(HostupApiError);
    expect(error).toMatchObject({ status: 404, body: { message: "no invoice 47185" } });
    mock.assertNoViolations();
  });

  // JavaScript callers have no type checker: a fixed answer is checked when registered.
  it.each([
    [
      { status: 404, body: { ...errorBody, message: 42 } },
      "getInvoice: the 404 answer breaks the spec at /body/message",
    ],
    [{ status: 418 }, "getInvoice: status 418 is not documented"],
  ])("refuses %j at once", (answer, message) => {
    const mock = mockHostup();
    expect(() => mock.on.getInvoice(answer as never)).toThrow(message);
  });

  it("a handler's answer that breaks the spec is served, and collected as a violation", async () => {
    const mock = mockHostup();
    mock.on.getInvoice(() => ({ status: 404, body: { ...errorBody, code: 404 } }) as never);
    await createHostupClient({ ...mock.clientOptions, maxRetries: 0 })
      .getInvoice({ path: { id: 1 } })
      .catch(() => undefined);
    expect(mock.violations).toMatchObject([{ operation: "getInvoice", pointer: "/response/body/code", rule: "type" }]);
  });

  it("reset forgets calls, violations and overrides", async () => {
    const mock = mockHostup();
    mock.on.getAccountDetails({ status: 503 });
    await mock.fetch(`${mock.baseUrl}/nowhere`);
    mock.reset();
    expect([mock.calls, mock.violations]).toEqual([[], []]);
    const details = await createHostupClient(mock.clientOptions).getAccountDetails();
    expect(details.success).toBe(true);
  });
});
