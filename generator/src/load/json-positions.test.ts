import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cases } from "../../test/diagnostic-cases.js";
import { removeTempDirs, writeSpec } from "../../test/support.js";
import { JsonScanError, jsonOffsets } from "./json-positions.js";
import { loadSpec } from "./load-spec.js";
import { toPointer } from "./pointer.js";
import { jsonSourceMap, lazySourceMap, parseYamlWithPositions } from "./source-map.js";

/** Every pointer of a parsed JSON value, plus one missing child under each container. */
function pointersOf(value: unknown, path: (string | number)[] = []): string[] {
  const here = [toPointer(path)];
  if (Array.isArray(value)) {
    return [...here, toPointer([...path, value.length]), ...value.flatMap((v, i) => pointersOf(v, [...path, i]))];
  }
  if (value !== null && typeof value === "object") {
    return [
      ...here,
      toPointer([...path, "no such key"]),
      ...Object.entries(value).flatMap(([k, v]) => pointersOf(v, [...path, k])),
    ];
  }
  return [...here, toPointer([...path, "below a scalar"])];
}

const DOCUMENT = {
  openapi: "3.0.3",
  info: { title: 'Quotes " and \\ backslashes \\"', version: "1" },
  paths: {
    "/users/{id}": { get: { responses: { "200": { description: "ok" }, default: { description: "x" } } } },
    "/a~b": { parameters: [{ name: "n", in: "query", schema: { type: "integer", minimum: -1.5e3 } }] },
  },
  'key with \\u escape \u00e9 and "quotes"': [true, false, null, [], {}, [[1, 2], { x: "" }]],
  "0": "a numeric key in an object",
  emoji: "😀 before a key",
};

const TEXTS: readonly [string, string][] = [
  ["pretty, LF", JSON.stringify(DOCUMENT, null, 2)],
  ["minified", JSON.stringify(DOCUMENT)],
  ["pretty, CRLF", JSON.stringify(DOCUMENT, null, 2).replaceAll("\n", "\r\n")],
  ["tabs and a byte-order mark", `\uFEFF${JSON.stringify(DOCUMENT, null, "\t")}\n`],
  ["leading blank lines", `\n\n  ${JSON.stringify(DOCUMENT, null, 4)}`],
  ["a root array", JSON.stringify([DOCUMENT, 1, "two"], null, 1)],
];

afterAll(removeTempDirs);

describe("JSON positions", () => {
  it.each(TEXTS)("match the YAML parser's positions for every pointer (%s)", (_name, text) => {
    const json = jsonSourceMap("spec.json", text);
    const yaml = parseYamlWithPositions("spec.json", text);
    const pointers = pointersOf(JSON.parse(text.replace(/^\uFEFF/, "")));
    expect(pointers.length).toBeGreaterThan(40);
    for (const pointer of pointers) {
      expect({ pointer, ...json.position(pointer) }).toEqual({ pointer, ...yaml.position(pointer) });
    }
  });

  it.each([
    ["YAML flow with single quotes", "{ 'openapi': '3.0.0', info: {} }"],
    ["a comment", '{\n  "openapi": "3.0.0", # version\n  "info": {}\n}'],
    ["a trailing comma", '{ "openapi": "3.0.0", }'],
    ["an unterminated string", '{ "openapi": "3.0.0'],
    ["a bare word", '{ "openapi": yes }'],
  ])("refuse text that is not strict JSON (%s)", (_name, text) => {
    expect(() => jsonOffsets(text).offset(["openapi"])).toThrow(JsonScanError);
  });

  it.each([
    ["YAML flow with single quotes", "{ 'openapi': '3.0.0',\n  info: { title: 'x' } }", "/info/title"],
    ["a comment", '{\n  "openapi": "3.0.0", # version\n  "info": { "title": "x" }\n}', "/info/title"],
    ["YAML", "openapi: 3.0.0\ninfo:\n  title: x\n", "/info/title"],
  ])("fall back to the YAML parser (%s)", (_name, text, pointer) => {
    expect(lazySourceMap("spec", text).position(pointer)).toEqual(
      parseYamlWithPositions("spec", text).position(pointer),
    );
  });

  // BF100–BF103 come from parsing and redocly, which place their own diagnostics.
  const lintCases = cases.filter((c) => !/^BF10\d$/.test(c.code));
  it.each(lintCases)("$code in a JSON spec is placed where the YAML parser places it", async ({ given }) => {
    const file = await writeSpec(JSON.stringify(parse(given), null, 2), "openapi.json");
    const loaded = await loadSpec(file, { profile: "strict" });
    const yaml = parseYamlWithPositions(file, await readFile(file, "utf8"));
    expect(loaded.diagnostics.length).toBeGreaterThan(0);
    for (const { pointer, line, column } of loaded.diagnostics) {
      expect({ pointer, line, column }).toEqual({ pointer, ...yaml.position(pointer) });
    }
  });
});
