import { describe, expect, it } from "vitest";
import type { Style } from "../cli/style.js";
import type { Change } from "./change.js";
import { formatDiff } from "./format-diff.js";

// Tags instead of ANSI codes, so the test sees what is styled how.
const tag =
  (name: string) =>
  (text: string): string =>
    `<${name}>${text}</${name}>`;
const TAGGED: Style = { red: tag("red"), green: tag("green"), yellow: tag("yellow"), bold: tag("b"), dim: tag("dim") };
const PLAIN: Style = { red: (t) => t, green: (t) => t, yellow: (t) => t, bold: (t) => t, dim: (t) => t };

const listInvoices = { type: "operation", operationId: "listInvoices", method: "GET", path: "/invoices" } as const;
const CHANGES: Change[] = [
  {
    kind: "parameter-added",
    breaking: false,
    scope: listInvoices,
    where: "query.page",
    message: "optional query parameter page added (integer)",
  },
  {
    kind: "server-changed",
    breaking: false,
    scope: { type: "api" },
    where: "servers",
    message: "default server a → b",
  },
  { kind: "operation-deprecated", breaking: false, scope: listInvoices, where: "", message: "operation deprecated" },
  {
    kind: "parameter-removed",
    breaking: true,
    scope: listInvoices,
    where: "query.status",
    message: "query parameter status removed",
  },
  {
    kind: "field-removed",
    breaking: true,
    scope: { type: "schema", name: "Customer", usedBy: ["a", "b", "c", "d", "e", "f"] },
    where: "Customer.email",
    message: "field email removed",
    directions: ["request", "response"],
  },
  {
    kind: "schema-added",
    breaking: false,
    scope: { type: "schema", name: "Client", usedBy: [] },
    where: "Client",
    message: "schema Client added",
  },
  {
    kind: "field-added",
    breaking: false,
    scope: { type: "schema", name: "Line", usedBy: ["a", "b", "c", "d"] },
    where: "Line.vat",
    message: "optional field vat added (string)",
    directions: ["response"],
  },
];

describe("formatDiff", () => {
  it("groups API-wide, then per operation, then per schema, breaking first in each group, then sums up", () => {
    const text = formatDiff({ base: "old.yaml", head: "new.yaml", changes: CHANGES, bump: "major" }, PLAIN);
    expect(text.split("\n")).toEqual([
      "billforge diff: old.yaml → new.yaml",
      "",
      "API",
      "  API-wide",
      "    ✓ non-breaking  servers  default server a → b [server-changed]",
      "",
      "Operations",
      "  listInvoices  GET /invoices",
      "    ✗ breaking      query.status  query parameter status removed [parameter-removed]",
      "    ✓ non-breaking  query.page  optional query parameter page added (integer) [parameter-added]",
      "    ✓ non-breaking  operation deprecated [operation-deprecated]",
      "",
      "Schemas",
      "  Customer  used by a, b, c, d and 2 more",
      "    ✗ breaking      Customer.email  field email removed (request, response) [field-removed]",
      "  Client",
      "    ✓ non-breaking  Client  schema Client added [schema-added]",
      "  Line  used by a, b, c, d",
      "    ✓ non-breaking  Line.vat  optional field vat added (string) (response) [field-added]",
      "",
      "Summary: 2 breaking, 5 non-breaking → major version bump",
    ]);
  });

  it("styles headings bold, labels red or green, and the details dim", () => {
    const text = formatDiff({ base: "a", head: "b", changes: CHANGES.slice(3, 5), bump: "major" }, TAGGED);
    expect(text.split("\n")).toEqual([
      "<b>billforge diff: a → b</b>",
      "",
      "<b>Operations</b>",
      "  <b>listInvoices</b>  GET /invoices",
      "    <red>✗ breaking    </red>  <dim>query.status</dim>  query parameter status removed<dim> [parameter-removed]</dim>",
      "",
      "<b>Schemas</b>",
      "  <b>Customer</b><dim>  used by a, b, c, d and 2 more</dim>",
      "    <red>✗ breaking    </red>  <dim>Customer.email</dim>  field email removed<dim> (request, response) [field-removed]</dim>",
      "",
      "<b>Summary:</b> 2 breaking, 0 non-breaking → <b>major</b> version bump",
    ]);
    const green = formatDiff({ base: "a", head: "b", changes: CHANGES.slice(1, 2), bump: "patch" }, TAGGED);
    expect(green).toContain("<green>✓ non-breaking</green>  <dim>servers</dim>");
    expect(green).toContain("<b>API-wide</b>");
  });

  it("gives each operation its own group, in the order they first appear", () => {
    const getInvoice = { type: "operation", operationId: "getInvoice", method: "GET", path: "/invoices/{id}" } as const;
    const changes: Change[] = [
      {
        kind: "operation-deprecated",
        breaking: false,
        scope: listInvoices,
        where: "",
        message: "operation deprecated",
      },
      { kind: "operation-added", breaking: false, scope: getInvoice, where: "", message: "operation getInvoice added" },
      { kind: "parameter-removed", breaking: true, scope: listInvoices, where: "query.status", message: "removed" },
    ];
    const lines = formatDiff({ base: "a", head: "b", changes, bump: "major" }, PLAIN).split("\n");
    expect(lines.slice(2, 8)).toEqual([
      "Operations",
      "  listInvoices  GET /invoices",
      "    ✗ breaking      query.status  removed [parameter-removed]",
      "    ✓ non-breaking  operation deprecated [operation-deprecated]",
      "  getInvoice  GET /invoices/{id}",
      "    ✓ non-breaking  operation getInvoice added [operation-added]",
    ]);
  });

  it("says so when nothing changed, with no summary", () => {
    expect(formatDiff({ base: "a", head: "b", changes: [], bump: undefined }, PLAIN)).toBe(
      "billforge diff: a → b\n\nNo change to the generated client's API.",
    );
  });

  it("names no bump when there is none", () => {
    const text = formatDiff({ base: "a", head: "b", changes: CHANGES.slice(1, 2), bump: undefined }, PLAIN);
    expect(text.split("\n").at(-1)).toBe("Summary: 0 breaking, 1 non-breaking → no version bump");
  });
});
