import { describe, expect, it } from "vitest";
import type { MockCall } from "./call-log.js";
import { contractSnapshot } from "./contract-snapshot.js";

const call = (id: string, extra: Partial<MockCall> = {}): MockCall => ({
  operation: "createThing",
  method: "POST",
  url: "https://x.test/things",
  headers: { "content-type": "application/json", "idempotency-key": id },
  body: '{"a":1}',
  args: {},
  answer: { status: 201, mediaType: "application/json", headers: {}, body: '{"id":7}' },
  violations: [],
  ...extra,
});

describe("contractSnapshot", () => {
  it("prints request, headers in order, pretty JSON bodies and the answer", () => {
    expect(contractSnapshot([call("k1")])).toBe(
      [
        "# createThing",
        "",
        "POST https://x.test/things",
        "content-type: application/json",
        "idempotency-key: k1",
        "",
        '{\n  "a": 1\n}',
        "",
        "--> 201 application/json",
        '{\n  "id": 7\n}',
        "",
      ].join("\n"),
    );
  });

  it("numbers volatile header values by first appearance, so reruns print the same text", () => {
    const text = contractSnapshot([call("uuid-a"), call("uuid-b"), call("uuid-a", { replayed: true })], {
      volatileHeaders: ["Idempotency-Key"],
    });
    expect(text.match(/idempotency-key: .*/g)).toEqual([
      "idempotency-key: <idempotency-key #1>",
      "idempotency-key: <idempotency-key #2>",
      "idempotency-key: <idempotency-key #1>",
    ]);
    expect(text).toContain("# createThing (replayed: duplicate id)");
  });

  it("prints faults and violations", () => {
    const text = contractSnapshot([
      call("k", {
        answer: { fault: "connection dropped before the request arrived" },
        violations: [{ operation: "createThing", pointer: "/body/a", rule: "type", message: "expected string" }],
      }),
    ]);
    expect(text).toContain("--> fault: connection dropped before the request arrived");
    expect(text).toContain('! /body/a breaks "type": expected string');
  });
});
