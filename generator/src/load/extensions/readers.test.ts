import { describe, expect, it } from "vitest";
import { readClientOption } from "./client-option.js";
import { readApiName, readErrorFields } from "./info.js";
import { readIdempotencyKey, readIdempotent } from "./operation.js";
import { readPagination } from "./pagination.js";
import type { Report } from "./reader.js";
import { readCredentialOptions, readTokenRequest } from "./security.js";
import { readPlaceholder, readServerName } from "./servers.js";

/** Runs a reader with a recording report: the typed value and the problems it reported. */
function run<T>(read: (report: Report) => T): { value: T; problems: string[] } {
  const problems: string[] = [];
  const value = read((at, message) => problems.push(`${at.join("/")}: ${message}`));
  return { value, problems };
}

describe("extension readers return typed values and report once", () => {
  it.each([
    ["api name", () => run((r) => readApiName({ "x-billforge-name": "PetStore" }, r)), "PetStore"],
    ["server name", () => run((r) => readServerName({ "x-billforge-name": "sandbox" }, ["servers", 0], r)), "sandbox"],
    ["placeholder", () => run((r) => readPlaceholder({ "x-billforge-placeholder": true }, [], r)), true],
    ["absent placeholder", () => run((r) => readPlaceholder({}, [], r)), false],
    ["idempotent", () => run((r) => readIdempotent({ "x-billforge-idempotent": false }, [], r)), false],
    [
      "idempotency key, as declared",
      () => run((r) => readIdempotencyKey({ "x-billforge-idempotency-key": "idem-key" }, [], ["Idem-Key"], r)),
      "Idem-Key",
    ],
    [
      "credential options",
      () =>
        run((r) =>
          readCredentialOptions({ "x-billforge-options": { value: "partnerKey", extra: { a_b: "ab" } } }, [], r),
        ),
      { names: { value: "partnerKey" }, extra: { a_b: "ab" } },
    ],
    [
      "token request defaults",
      () => run((r) => readTokenRequest({ "x-billforge-token-request": { extraFields: null } }, [], r)),
      { encoding: "form", extraFields: [] },
    ],
    [
      "page pagination with its first page defaulted",
      () =>
        run((r) =>
          readPagination({ "x-billforge-pagination": { style: "page", page: "/query/page", items: "/data" } }, [], r),
        ),
      { style: "page", page: "/query/page", firstPage: 1, items: "/data" },
    ],
    [
      "client option with media types",
      () =>
        run((r) =>
          readClientOption(
            { "x-billforge-client-option": { name: "format", mediaTypes: { json: "application/json" } } },
            { enum: ["json"], default: "json" },
            [],
            r,
          ),
        ),
      { name: "format", mediaTypes: { json: "application/json" } },
    ],
  ])("%s", (_, read, expected) => {
    const { value, problems } = read();
    expect(problems).toEqual([]);
    expect(value).toEqual(expected);
  });

  it.each([
    ["api name", () => run((r) => readApiName({ "x-billforge-name": "petStore" }, r)), undefined],
    ["server name", () => run((r) => readServerName({ "x-billforge-name": 3 }, ["servers", 0], r)), undefined],
    [
      "credential options list",
      () => run((r) => readCredentialOptions({ "x-billforge-options": ["a"] }, [], r)),
      { names: {}, extra: {} },
    ],
    [
      "unknown idempotency header",
      () => run((r) => readIdempotencyKey({ "x-billforge-idempotency-key": "x" }, [], ["y"], r)),
      undefined,
    ],
    [
      "pagination without items",
      () => run((r) => readPagination({ "x-billforge-pagination": { style: "cursor", cursor: "/query/c" } }, [], r)),
      undefined,
    ],
  ])("malformed %s: one problem, no value", (_, read, expected) => {
    const { value, problems } = read();
    expect(problems).toHaveLength(1);
    expect(value).toEqual(expected);
  });

  it("reports each malformed error field and keeps the good ones", () => {
    const { value, problems } = run((r) =>
      readErrorFields({ "x-billforge-errors": { code: ["/error/code"], message: ["no-slash"], extra: [] } }, r),
    );
    expect(value.code).toEqual(["/error/code"]);
    expect(value.message).toEqual([]);
    expect(problems).toEqual([
      "info/x-billforge-errors/message: message must list JSON pointers into the error body",
      "info/x-billforge-errors/extra: unknown key extra",
    ]);
  });
});
