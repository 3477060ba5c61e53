import { parseYaml } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYamlDocument } from "yaml";
import { CLEAN } from "../../test/diagnostic-cases.js";
import { makeTempDir, removeTempDirs, writeFiles, writeSpec } from "../../test/support.js";
import { NOT_JSON, parseJsonDocument } from "./json-document.js";
import { loadSpec } from "./load-spec.js";

afterAll(removeTempDirs);

const TRICKY = `{
  "unicode": "\\u00e5\\ud83d\\ude00 \\"quoted\\" \\\\ \\/ tab\\t",
  "numbers": [0, 1.5, -2, 1e3, 2.5E-3, 12345678901234567890, 0.1],
  "empty": { "object": {}, "array": [], "string": "" },
  "literals": [true, false, null],
  "__proto__": { "polluted": true },
  "nested": [[{ "a": [1, { "b": null }] }]],
  "twice": 1,
  "order": "kept",
  "twice": { "last": "wins" }
}`;

describe("parseJsonDocument", () => {
  it("gives the value redocly's YAML parser gives the same JSON text", () => {
    const unique = TRICKY.replace('"twice": 1,', "");
    const value = parseJsonDocument(unique);
    expect(value).toEqual(parseYaml(unique));
    expect(Object.keys(value as object)).toEqual(Object.keys(parseYaml(unique) as object));
  });

  it("of duplicate keys keeps the last value, in the place of the first (the YAML parser refused them)", () => {
    expect(() => parseYaml(TRICKY)).toThrow(/duplicated mapping key/);
    const value = parseJsonDocument(TRICKY) as Record<string, unknown>;
    expect(value.twice).toEqual({ last: "wins" });
    expect(Object.keys(value).slice(-2)).toEqual(["twice", "order"]);
  });

  it("keeps a __proto__ key as data, never as the prototype", () => {
    const value = parseJsonDocument(TRICKY) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads JSON after a byte order mark and leading space", () => {
    expect(parseJsonDocument('\uFEFF \n {"a": 1}')).toEqual({ a: 1 });
    expect(parseJsonDocument("[1]")).toEqual([1]);
  });

  it.each([
    ["YAML", "openapi: 3.1.0\ninfo: {}\n"],
    ["YAML flow mapping", "{openapi: 3.1.0}"],
    ["a comment", '{"a": 1} # note'],
    ["a trailing comma", '{"a": 1,}'],
    ["a scalar", '"text"'],
    ["nothing", ""],
  ])("leaves %s to the YAML parser", (_what, text) => {
    expect(parseJsonDocument(text)).toBe(NOT_JSON);
  });
});

describe("loading a JSON spec", () => {
  const json = JSON.stringify(parseYamlDocument(CLEAN), null, 2);

  it("loads it as the YAML spec loads", async () => {
    const fromJson = await loadSpec(await writeSpec(json, "openapi.json"));
    const fromYaml = await loadSpec(await writeSpec(CLEAN));
    expect(fromJson.diagnostics).toEqual([]);
    expect(fromJson.document).toEqual(fromYaml.document);
  });

  it("uses the last of duplicate keys, and places a diagnostic on it", async () => {
    // The valid example first, an invalid one last: the last is the one checked.
    const given = json.replace('"example": {', '"example": { "id": "ok" },\n                "example": {');
    const invalid = given.replace(/("example": \{\n\s+"id": )"t1"/, "$117");
    expect(invalid).not.toBe(given);
    const file = await writeSpec(invalid, "openapi.json");
    const loaded = await loadSpec(file);
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["BF221"]);
    const lines = invalid.split("\n");
    const lastExample = lines.findLastIndex((line) => line.includes('"example"')) + 1;
    expect(loaded.diagnostics[0]).toMatchObject({
      file,
      line: lastExample,
      pointer: expect.stringMatching(/example$/),
    });
  });

  it("reads a JSON file a YAML root refers to", async () => {
    const root = CLEAN.replace(/ {2}schemas:\n[\s\S]*$/, "  schemas:\n    Thing:\n      $ref: './thing.json'\n");
    const file = await writeFiles(await makeTempDir(), {
      "openapi.yaml": root,
      "thing.json": '{ "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } }',
    });
    const loaded = await loadSpec(file);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.files.map((f) => f.split("/").pop())).toEqual(["openapi.yaml", "thing.json"]);
    // The bundler names the component after the file and points the original name at it.
    expect(loaded.document?.components?.schemas).toMatchObject({
      Thing: { $ref: "#/components/schemas/thing" },
      thing: { type: "object", required: ["id"] },
    });
  });

  it("reads JSON text the JSON parser refuses (a YAML comment) through the YAML parser", async () => {
    const loaded = await loadSpec(await writeSpec(`${json} # exported by hand`, "openapi.json"));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.document?.info).toEqual({ title: "Tiny", version: "1.0.0" });
  });
});
