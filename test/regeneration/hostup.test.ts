import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { runBillforge } from "../support/billforge.js";
import { typecheckDirectory } from "../support/typecheck.js";

// DESIGN.md test layer 6: copy the spec and the committed package into a scratch
// workspace, change the spec, and watch `--check` and `generate` react.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const WORKSPACE = join(REPO, "test", ".tmp", "regeneration");
const PACKAGE = join(WORKSPACE, "packages", "hostup");
const SPEC = join(WORKSPACE, "specs", "hostup", "openapi.yaml");

const billforge = (...argv: string[]) => runBillforge(WORKSPACE, ...argv);

const generated = (file: string) => readFileSync(join(PACKAGE, "src", "generated", file), "utf8");

/** The text of one operation's descriptor in operations.gen.ts. */
const descriptor = (operationId: string) => {
  const source = generated("operations.gen.ts");
  const start = source.indexOf(`export const ${operationId}Operation`);
  expect(start).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf("\n};", start));
};

beforeAll(() => {
  rmSync(WORKSPACE, { recursive: true, force: true });
  mkdirSync(join(WORKSPACE, "specs"), { recursive: true });
  writeFileSync(join(WORKSPACE, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  cpSync(join(REPO, "specs", "hostup"), join(WORKSPACE, "specs", "hostup"), { recursive: true });
  cpSync(join(REPO, "packages", "hostup"), PACKAGE, {
    recursive: true,
    filter: (source) => !/node_modules|dist|\.turbo/.test(source),
  });
});
afterAll(() => rmSync(WORKSPACE, { recursive: true, force: true }));

describe("regenerating HostUp after a spec change", () => {
  it("the committed package is current for the committed spec", async () => {
    const { code, output } = await billforge("generate", "hostup", "--check");
    expect(output).toContain("up to date");
    expect(code).toBe(0);
  });

  it("a changed spec makes --check fail, listing the stale files, and write nothing", async () => {
    const document = parseDocument(readFileSync(SPEC, "utf8"));
    // a field
    document.setIn(["components", "schemas", "AccountPreferences", "properties", "newsletter"], {
      type: "boolean",
      description: "Whether the customer receives the newsletter.",
    });
    // an operation
    document.setIn(["paths", "/account/newsletter"], {
      get: {
        operationId: "getNewsletterStatus",
        summary: "Whether the customer receives the newsletter",
        tags: ["Account"],
        externalDocs: { url: "https://developer.hostup.se/endpoints/account/get-account-details" },
        responses: {
          "200": {
            description: "The status",
            content: {
              "application/json": {
                schema: { type: "object", properties: { subscribed: { type: "boolean" } } },
                example: { subscribed: true },
              },
            },
          },
          "401": { $ref: "#/components/responses/Unauthorized" },
        },
      },
    });
    // an error
    document.setIn(["paths", "/services/{accountId}/renew", "post", "responses", "409"], {
      description: "An unpaid invoice blocks the renewal",
      content: {
        "application/json": {
          schema: { $ref: "#/components/schemas/ErrorBody" },
          example: {
            code: "CONFLICT",
            error: "Conflict",
            message: "Unpaid invoice",
            requestId: "2121ae20-bd9d-41e9-aeeb-5dd1dd1a24ba",
            timestamp: "2026-02-10T00:00:00.000Z",
          },
        },
      },
    });
    writeFileSync(SPEC, document.toString());
    const before = generated("types.gen.ts");

    const { code, output } = await billforge("generate", "hostup", "--check");
    expect(code).toBe(1);
    expect(output).toMatch(/stale: .*types\.gen\.ts/);
    expect(output).toContain("generated.json");
    expect(output).toContain("Run `pnpm generate`");
    expect(generated("types.gen.ts")).toBe(before);
  });

  it("generate writes the change, and the package still type-checks", async () => {
    const { code } = await billforge("generate", "hostup");
    expect(code).toBe(0);
    expect(generated("openapi.gen.ts")).toMatch(/newsletter\?: boolean/);
    expect(generated("client.gen.ts")).toContain("getNewsletterStatus(options?: CallOptions)");
    // the new 409 reaches the descriptor the runtime reads its error bodies from
    expect(descriptor("renewService")).toContain('{ status: "409", media: errorBodyMedia }');
    expect(typecheckDirectory(join(PACKAGE, "src"))).toEqual([]);
    expect((await billforge("generate", "hostup", "--check")).code).toBe(0);
  });
});
