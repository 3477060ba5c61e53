import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildIR } from "../ir/build-ir.js";
import { loadSpec } from "../load/load-spec.js";
import { type Bump, CHANGE_KINDS, type Change, impliedBump } from "./change.js";
import { diffApis } from "./diff-apis.js";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/diff/", import.meta.url));

async function diffFixture(name: string): Promise<Change[]> {
  const [before, after] = await Promise.all(
    ["before", "after"].map((side) => loadSpec(`${FIXTURES}${name}/${side}.yaml`, { profile: "lenient" })),
  );
  expect(before!.document && after!.document, `${name} fixtures load`).toBeTruthy();
  return diffApis(buildIR(before!.document!, { name: "shop" }), buildIR(after!.document!, { name: "shop" }));
}

/** `! kind scope where` for a breaking change, `- kind scope where` otherwise. */
function summary(change: Change): string {
  const { scope } = change;
  const owner = scope.type === "operation" ? scope.operationId : scope.type === "schema" ? scope.name : "api";
  return `${change.breaking ? "!" : "-"} ${change.kind} ${owner} ${change.where}`.trimEnd();
}

// One fixture pair per class of change (test/fixtures/diff/<case>/{before,after}.yaml): the
// exact changes reported, nothing more, and the version bump they imply.
const cases: { fixture: string; want: string[]; bump: Bump | undefined }[] = [
  { fixture: "operation-added", want: ["- operation-added deleteCustomer"], bump: "minor" },
  { fixture: "operation-removed", want: ["! operation-removed updateCustomer"], bump: "major" },
  { fixture: "operation-renamed", want: ["! operation-renamed fetchCustomer"], bump: "major" },
  {
    fixture: "path-changed",
    want: ["! operation-moved getCustomer", "! operation-moved updateCustomer"],
    bump: "major",
  },
  {
    // PUT is retried, PATCH is not: the method change also changes retry safety.
    fixture: "method-changed",
    want: ["! operation-moved updateCustomer", "- retry-safety-changed updateCustomer"],
    bump: "major",
  },
  { fixture: "parameter-added-required", want: ["! parameter-added getCustomer query.region"], bump: "major" },
  { fixture: "parameter-added-optional", want: ["- parameter-added getCustomer query.fields"], bump: "minor" },
  { fixture: "parameter-removed", want: ["! parameter-removed getCustomer query.expand"], bump: "major" },
  { fixture: "parameter-made-required", want: ["! parameter-made-required getCustomer query.expand"], bump: "major" },
  { fixture: "parameter-made-optional", want: ["- parameter-made-optional getCustomer query.expand"], bump: "patch" },
  { fixture: "parameter-type-narrowed", want: ["! type-narrowed getCustomer query.expand"], bump: "major" },
  { fixture: "request-body-added", want: ["! request-body-added getCustomer body"], bump: "major" },
  { fixture: "request-body-removed", want: ["! request-body-removed updateCustomer body"], bump: "major" },
  {
    fixture: "request-body-made-required",
    want: ["! request-body-made-required updateCustomer body"],
    bump: "major",
  },
  {
    fixture: "request-body-made-optional",
    want: ["- request-body-made-optional updateCustomer body"],
    bump: "patch",
  },
  {
    fixture: "request-field-made-required",
    want: ["! field-made-required CustomerUpdate CustomerUpdate.email"],
    bump: "major",
  },
  { fixture: "request-field-added-required", want: ["! field-added CustomerUpdate CustomerUpdate.vat"], bump: "major" },
  { fixture: "request-field-added-optional", want: ["- field-added CustomerUpdate CustomerUpdate.vat"], bump: "minor" },
  { fixture: "request-field-removed", want: ["! field-removed CustomerUpdate CustomerUpdate.email"], bump: "major" },
  { fixture: "response-field-removed", want: ["! field-removed Customer Customer.email"], bump: "major" },
  { fixture: "response-field-made-optional", want: ["! field-made-optional Customer Customer.name"], bump: "major" },
  { fixture: "response-field-added", want: ["- field-added Customer Customer.vat"], bump: "minor" },
  { fixture: "request-type-narrowed", want: ["! type-narrowed CustomerUpdate CustomerUpdate.name"], bump: "major" },
  { fixture: "request-type-widened", want: ["- type-widened CustomerUpdate CustomerUpdate.email"], bump: "patch" },
  { fixture: "response-type-widened", want: ["! type-widened Customer Customer.id"], bump: "major" },
  { fixture: "response-type-narrowed", want: ["- type-narrowed Customer Customer.email"], bump: "patch" },
  { fixture: "response-nullable-added", want: ["! type-widened Customer Customer.email"], bump: "major" },
  { fixture: "type-changed", want: ["! type-changed Customer Customer.id"], bump: "major" },
  {
    fixture: "request-enum-value-added",
    want: ["- enum-value-added CustomerUpdate CustomerUpdate.status"],
    bump: "minor",
  },
  {
    fixture: "request-enum-value-removed",
    want: ["! enum-value-removed CustomerUpdate CustomerUpdate.status"],
    bump: "major",
  },
  // A reader's exhaustive switch meets a value it does not know.
  { fixture: "response-enum-value-added", want: ["! enum-value-added Customer Customer.status"], bump: "major" },
  { fixture: "response-enum-value-removed", want: ["- enum-value-removed Customer Customer.status"], bump: "patch" },
  { fixture: "error-response-added", want: ["- error-response-added getCustomer response 429"], bump: "minor" },
  { fixture: "error-response-removed", want: ["- error-response-removed getCustomer response 404"], bump: "patch" },
  {
    fixture: "success-response-changed",
    want: ["! response-removed updateCustomer response 200", "- response-added updateCustomer response 204"],
    bump: "major",
  },
  { fixture: "auth-scheme-changed", want: ["! auth-changed api securitySchemes.ApiKey"], bump: "major" },
  { fixture: "operation-auth-changed", want: ["! auth-changed getCustomer security"], bump: "major" },
  {
    fixture: "media-type-added",
    want: ["- media-type-added updateCustomer body (application/x-www-form-urlencoded)"],
    bump: "minor",
  },
  {
    // A client that sends the removed encoding is refused.
    fixture: "media-type-removed",
    want: ["! media-type-removed updateCustomer body (application/x-www-form-urlencoded)"],
    bump: "major",
  },
  {
    // The only documented encoding replaced by another: a reader of the old one breaks.
    fixture: "response-media-type-changed",
    want: ["! media-type-removed getCustomer response 200"],
    bump: "major",
  },
  { fixture: "operation-deprecated", want: ["- operation-deprecated getCustomer"], bump: "patch" },
  { fixture: "pagination-added", want: ["- pagination-added listCustomers"], bump: "minor" },
  // Code that iterates pages stops compiling (or silently reads one page).
  { fixture: "pagination-removed", want: ["! pagination-removed listCustomers"], bump: "major" },
  { fixture: "pagination-changed", want: ["! pagination-changed listCustomers"], bump: "major" },
  {
    // Operations point at the renamed component: same structure, so only the exported type changes.
    fixture: "schema-renamed",
    want: ["! schema-removed Error Error", "- schema-added Problem Problem"],
    bump: "major",
  },
  {
    // A self-referencing schema renamed and changed: compared structurally once, recursion ends.
    fixture: "recursive-schema-renamed",
    want: [
      "- type-narrowed getCustomer response 200.email",
      "- type-narrowed updateCustomer response 200.email",
      "! schema-removed Customer Customer",
      "- schema-added Client Client",
    ],
    bump: "major",
  },
  {
    // An inline schema replacing a $ref is compared with what the $ref resolved to.
    fixture: "inline-schema-changed",
    want: [
      "! field-removed getCustomer response 200.email",
      "! field-made-optional getCustomer response 200.parent.id",
      "! field-removed getCustomer response 200.parent.name",
      "! field-removed getCustomer response 200.parent.email",
      "! field-removed getCustomer response 200.parent.status",
      "! field-removed getCustomer response 200.parent.parent",
    ],
    bump: "major",
  },
  { fixture: "server-changed", want: ["- server-changed api servers"], bump: "patch" },
  { fixture: "documentation-only", want: [], bump: undefined },
];

describe("diffApis", () => {
  it("has a case for every fixture pair", () => {
    expect(cases.map((c) => c.fixture).sort()).toEqual(readdirSync(FIXTURES).sort());
  });

  it("has a fixture for every change kind the diff knows", () => {
    const covered = new Set(cases.flatMap((c) => c.want.map((line) => line.split(" ")[1])));
    const missing = Object.keys(CHANGE_KINDS).filter((kind) => !covered.has(kind));
    expect(missing, "change kinds without a fixture case").toEqual([]);
  });

  it.each(cases)("$fixture", async ({ fixture, want, bump }) => {
    const changes = await diffFixture(fixture);
    expect(changes.map(summary)).toEqual(want);
    expect(changes.length > 0 ? impliedBump(changes) : undefined).toBe(bump);
    for (const change of changes) {
      expect(change.message).not.toBe("");
    }
  });

  it("a spec compared with itself has no changes", async () => {
    const loaded = await loadSpec(`${FIXTURES}operation-added/after.yaml`, { profile: "lenient" });
    const api = buildIR(loaded.document!, { name: "shop" });
    expect(diffApis(api, api)).toEqual([]);
  });

  it("a schema change names the direction it breaks in and every operation using it", async () => {
    const [change] = await diffFixture("response-field-removed");
    expect(change).toMatchObject({
      scope: { type: "schema", name: "Customer", usedBy: ["getCustomer", "updateCustomer"] },
      directions: ["response"],
      message: "field email removed",
    });
  });
});
