import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { typecheckPackageReadme, typecheckQuickStart, typescriptBlocks } from "../support/readme-examples.js";

// Every generated package README's examples compile against the package they document.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const OUT = join(REPO, "test", ".tmp", "package-readme-examples");
const providers = readdirSync(join(REPO, "specs"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe.each(providers)("packages/%s/README.md", (provider) => {
  const readme = join(REPO, "packages", provider, "README.md");

  it("documents every operation of the spec with a call example", () => {
    const text = readFileSync(readme, "utf8");
    const generated = JSON.parse(readFileSync(join(REPO, "packages", provider, "generated.json"), "utf8"));
    expect(text.match(/^#### /gm)).toHaveLength(generated.operationCount);
    // quick start + one per operation + the errors example
    expect(typescriptBlocks(readme)).toHaveLength(generated.operationCount + 2);
    for (const heading of [
      "## Install",
      "## Quick start",
      "## Authentication",
      "## Operations",
      "## Errors",
      "## Pagination",
      "## Retries",
    ]) {
      expect(text).toContain(`\n${heading}\n`);
    }
  });

  it("its TypeScript examples type-check", () => {
    expect(typecheckPackageReadme(readme, join(OUT, provider))).toEqual([]);
  }, 120_000);

  it("its quick start compiles as shown, every import and variable used", () => {
    expect(typecheckQuickStart(readme, join(OUT, `${provider}-quick-start`))).toEqual([]);
  }, 120_000);

  it("its quick start passes the credentials its call needs: the request goes out", async () => {
    const [quickStart = ""] = typescriptBlocks(readme);
    const env = [...quickStart.matchAll(/process\.env\.([A-Z0-9_]+)!/g)].map((m) => m[1] as string);
    for (const name of env) {
      vi.stubEnv(
        name,
        name === `${provider.toUpperCase()}_BASE_URL` ? "https://api.example.com" : "quick-start-credential-0123456789",
      );
    }
    const sent: string[] = [];
    // Any JSON answer will do (a token for a token request): what matters is that a request is made.
    vi.stubGlobal("fetch", async (input: Request | string) => {
      sent.push(typeof input === "string" ? input : input.url);
      return Response.json({ access_token: "quick-start-token", token_type: "Bearer", expires_in: 3600 });
    });
    const file = join(OUT, `${provider}-quick-start-run`, "quick-start.ts");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, quickStart.replaceAll("console.log(", "void ("));
    try {
      const error = await import(file).then(
        () => undefined,
        (e: unknown) => e,
      );
      // A response that breaks the spec is fine here; a missing credential is not.
      expect((error as Error | undefined)?.name).not.toBe("ConfigurationError");
      expect(sent.length).toBeGreaterThan(0);
    } finally {
      vi.unstubAllGlobals();
      vi.unstubAllEnvs();
    }
  }, 60_000);
});
