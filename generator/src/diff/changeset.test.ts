import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs } from "../../test/support.js";
import type { Change } from "./change.js";
import { changesetFor, findChangesetDir } from "./changeset.js";

afterAll(removeTempDirs);

const operation = { type: "operation", operationId: "listInvoices", method: "GET", path: "/invoices" } as const;
const removedParameter: Change = {
  kind: "parameter-removed",
  breaking: true,
  scope: operation,
  where: "query.status",
  message: "query parameter status removed",
};
const addedOperation: Change = {
  kind: "operation-added",
  breaking: false,
  scope: operation,
  where: "",
  message: "operation added",
};
const schemaField: Change = {
  kind: "field-added",
  breaking: false,
  scope: { type: "schema", name: "Customer", usedBy: ["getCustomer"] },
  where: "Customer.email",
  message: "optional field email added (string)",
};
const wholeSchema: Change = {
  kind: "schema-added",
  breaking: false,
  scope: { type: "schema", name: "Client", usedBy: [] },
  where: "",
  message: "schema Client added",
};
const apiWide: Change = {
  kind: "server-changed",
  breaking: false,
  scope: { type: "api" },
  where: "servers",
  message: "https://a.test → https://b.test",
};
const apiBare: Change = { ...apiWide, where: "", message: "authentication changed" };

describe("changesetFor", () => {
  it("writes the package's bump as front matter, the summary, and one changelog line per change", () => {
    const file = changesetFor("/repo/.changeset", "@acme/billing", "major", "Regenerated.", [
      removedParameter,
      addedOperation,
    ]);
    expect(file.content).toBe(
      [
        "---",
        '"@acme/billing": major',
        "---",
        "",
        "Regenerated.",
        "",
        "- **Breaking:** `listInvoices` query.status: query parameter status removed",
        "- `listInvoices`: operation added",
        "",
      ].join("\n"),
    );
  });

  it("names schema changes by where they are, or by the schema, and API changes as API", () => {
    const lines = changesetFor("/c", "pkg", "minor", "s", [schemaField, wholeSchema, apiWide, apiBare]).content.split(
      "\n",
    );
    expect(lines.slice(6, 10)).toEqual([
      "- `Customer.email`: optional field email added (string)",
      "- `Client`: schema Client added",
      "- API servers: https://a.test → https://b.test",
      "- API: authentication changed",
    ]);
  });

  it("says so when the spec changed but the API did not", () => {
    const { content } = changesetFor("/c", "pkg", "patch", "Docs.", []);
    expect(content).toBe('---\n"pkg": patch\n---\n\nDocs.\n\n- Documentation only; the client\'s API is unchanged.\n');
  });

  it("names the file after the package and bump, in the changeset folder", () => {
    const { path } = changesetFor("/repo/.changeset", "@acme/billing__client.v2", "minor", "s", [addedOperation]);
    expect(path).toMatch(/^\/repo\/\.changeset\/acme-billing-client-v2-spec-minor-[0-9a-f]{8}\.md$/);
    const upper = changesetFor("/c", "@Acme/Pay", "patch", "s", []).path;
    expect(upper).toMatch(/^\/c\/Acme-Pay-spec-patch-[0-9a-f]{8}\.md$/);
  });

  it("derives the file name from the content: the same change twice is one file, another is another", () => {
    const once = changesetFor("/c", "pkg", "major", "s", [removedParameter]);
    const again = changesetFor("/c", "pkg", "major", "s", [removedParameter]);
    const other = changesetFor("/c", "pkg", "major", "s", [{ ...removedParameter, where: "query.page" }]);
    expect(again.path).toBe(once.path);
    expect(other.path).not.toBe(once.path);
  });
});

describe("findChangesetDir", () => {
  it("finds the nearest .changeset folder holding config.json, at or above the start", async () => {
    const root = await makeTempDir();
    await mkdir(join(root, ".changeset"));
    await writeFile(join(root, ".changeset", "config.json"), "{}\n");
    const nested = join(root, "packages", "billing", "src");
    await mkdir(nested, { recursive: true });
    // A .changeset folder without config.json is not one.
    await mkdir(join(root, "packages", "billing", ".changeset"));

    expect(findChangesetDir(nested)).toBe(join(root, ".changeset"));
    expect(findChangesetDir(root)).toBe(join(root, ".changeset"));

    const inner = join(root, "packages");
    await mkdir(join(inner, ".changeset"));
    await writeFile(join(inner, ".changeset", "config.json"), "{}\n");
    expect(findChangesetDir(nested)).toBe(join(inner, ".changeset"));
  });

  it("finds none when no folder up to the root has one", async () => {
    const dir = await makeTempDir();
    expect(findChangesetDir(dir)).toBeUndefined();
  });
});
