import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLEAN, cases, edit } from "../../test/diagnostic-cases.js";
import { makeTempDir, removeTempDirs, writeFiles } from "../../test/support.js";
import { lintThenBundle, readSpecFiles, validateAndBundle } from "./redocly.js";

afterAll(removeTempDirs);

const REPO = join(import.meta.dirname, "../../..");
const specsIn = (dir: string, name: (entry: string) => string | undefined) =>
  readdirSync(join(REPO, dir)).flatMap((entry) => {
    const file = name(entry);
    return file ? [[`${dir}/${file}`, readFileSync(join(REPO, dir, file), "utf8")] as const] : [];
  });

const BAD_MAPPING = edit(
  CLEAN,
  "components:\n  schemas:\n",
  [
    "components:",
    "  schemas:",
    "    Pet:",
    "      oneOf: [{ $ref: '#/components/schemas/Thing' }]",
    "      discriminator:",
    "        propertyName: kind",
    "        mapping:",
    "          thing: '#/components/schemas/Thing'",
    "          ghost: '#/components/schemas/Ghost'",
    "",
  ].join("\n"),
);

/** Every spec we have, and one per redocly outcome: structure error, unresolved ref, unresolved mapping. */
const SPECS: (readonly [string, string])[] = [
  ...specsIn("specs", (entry) => (entry.includes(".") ? undefined : join(entry, "openapi.yaml"))),
  ...specsIn("test/fixtures/specs", (entry) => (entry.endsWith(".yaml") ? entry : undefined)),
  ...cases.filter((c) => c.code === "BF101" || c.code === "BF102").map((c) => [`case ${c.code}`, c.given] as const),
  ["unresolved discriminator mapping", BAD_MAPPING],
  ["no components", edit(CLEAN, "components:", "x-components:")],
];

describe("validateAndBundle", () => {
  it.each(SPECS)("gives what linting then bundling gives: %s", async (_name, text) => {
    const file = join(await makeTempDir(), "openapi.yaml");
    await writeFiles(join(file, ".."), { "openapi.yaml": text });
    const onePass = await validateAndBundle(file, readSpecFiles(file, text), () => readSpecFiles(file, text));
    expect(onePass).toEqual(await lintThenBundle(file, readSpecFiles(file, text)));
  });

  it("lints first when the bundler throws on a document the rules refuse", async () => {
    // The bundler stores an external schema under `components`, which is not an object here.
    const dir = await makeTempDir();
    const root = edit(CLEAN, "$ref: '#/components/schemas/Thing'", "$ref: './thing.yaml'").replace(
      /components:[\s\S]*$/,
      "components: 5\n",
    );
    const file = await writeFiles(dir, { "openapi.yaml": root, "thing.yaml": "type: object\n" });
    let rereads = 0;
    const outcome = await validateAndBundle(file, readSpecFiles(file, root), () => {
      rereads += 1;
      return readSpecFiles(file, root);
    });
    expect(rereads).toBe(1);
    expect(outcome.document).toBeUndefined();
    expect(outcome.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["BF101", "/components"]]);
  });
});
