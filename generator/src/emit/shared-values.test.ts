import { describe, expect, it } from "vitest";
import { code, flatSource, type LiteralValue, literalSource } from "./literal-writer.js";
import { type SharingRules, shareRepeatedValues } from "./shared-values.js";
import { valueNamer } from "./value-names.js";

/** Shares every repeated object or array, named after the key it was first met under. */
function rules(): SharingRules {
  const name = valueNamer(["taken"]);
  return {
    worthSharing: (value, path) => path.length > 1 && typeof value === "object" && value !== null,
    nameFor: (_value, path) => name([path.at(-1) ?? ""], "value"),
  };
}

const roots = (...values: LiteralValue[]) => values.map((value, i) => ({ label: `op${i}`, value }));

/** The roots with every const inlined again: what the generated module evaluates to. */
function evaluate(shared: ReturnType<typeof shareRepeatedValues>): unknown[] {
  const scope = new Map<string, unknown>();
  const resolve = (value: LiteralValue): unknown => {
    if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") {
      return scope.has(value.text) ? scope.get(value.text) : value.text;
    }
    if (Array.isArray(value)) {
      return value.map(resolve);
    }
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v as LiteralValue)]));
    }
    return value;
  };
  for (const c of shared.consts) {
    // Declared after the consts it uses: every name it refers to is already in scope.
    scope.set(c.name, resolve(c.value));
  }
  return shared.roots.map((root) => resolve(root.value));
}

describe("shareRepeatedValues", () => {
  const errors = { status: "401", media: [{ type: "json", schema: code("schemas.ErrorSchema") }] };

  it("writes a value repeated across roots once and refers to it by name", () => {
    const shared = shareRepeatedValues(roots({ responses: [errors] }, { responses: [errors] }), rules());
    expect(shared.consts.map((c) => c.name)).toEqual(["responsesValue"]);
    expect(shared.roots.map((r) => literalSource(r.value))).toEqual([
      "{\n  responses: responsesValue,\n}",
      "{\n  responses: responsesValue,\n}",
    ]);
  });

  it("keeps what the roots evaluate to", () => {
    const values = roots({ a: [errors, { x: 1 }] }, { b: [errors], c: { x: 1 } }, { d: [] });
    const shared = shareRepeatedValues(values, rules());
    expect(evaluate(shared)).toEqual(evaluate({ roots: values, consts: [] }));
  });

  it("names the largest repeated value; a part repeated only inside it stays inline", () => {
    const shared = shareRepeatedValues(roots({ r: errors }, { r: errors }), rules());
    expect(shared.consts.map((c) => c.name)).toEqual(["rValue"]);
    expect(flatSource(shared.consts[0]!.value)).toBe(
      '{ status: "401", media: [{ type: "json", schema: schemas.ErrorSchema }] }',
    );
  });

  it("names a part repeated inside one value and elsewhere, declaring it before its users", () => {
    const media = [{ type: "json" }];
    const shared = shareRepeatedValues(roots({ a: { m: media, n: media } }, { a: { m: media, n: media } }), rules());
    expect(shared.consts.map((c) => c.name)).toEqual(["mValue", "aValue"]);
    expect(flatSource(shared.consts[1]!.value)).toBe("{ m: mValue, n: mValue }");
  });

  it("tells values apart by content and key order, not by identity", () => {
    const shared = shareRepeatedValues(
      roots({ a: { x: 1, y: 2 } }, { a: { y: 2, x: 1 } }, { a: { x: 1, y: 2 } }),
      rules(),
    );
    expect(shared.consts.map((c) => flatSource(c.value))).toEqual(["{ x: 1, y: 2 }"]);
    expect(flatSource(shared.roots[1]!.value)).toBe("{ a: { y: 2, x: 1 } }");
  });

  it("leaves a value once used, or one the rules find too small, inline", () => {
    const small: SharingRules = { ...rules(), worthSharing: (value) => flatSource(value, 10) === undefined };
    const shared = shareRepeatedValues(roots({ a: [1] }, { a: [1] }, { b: { long: "enough to share" } }), small);
    expect(shared.consts).toEqual([]);
  });

  it("gives colliding names a number and avoids reserved ones", () => {
    const name = valueNamer(["taken"]);
    expect([name(["taken"], ""), name(["error list"], "media"), name(["error list"], "media")]).toEqual([
      "taken2",
      "errorListMedia",
      "errorListMedia2",
    ]);
  });
});

describe("literalSource with a width", () => {
  it("keeps what fits on one line and breaks what does not, per level", () => {
    const value = { short: { a: 1, b: [1, 2] }, long: { text: "x".repeat(30), more: { y: true } } };
    expect(literalSource(value, { width: 40 })).toBe(
      '{\n  short: { a: 1, b: [1, 2] },\n  long: {\n    text: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",\n    more: { y: true },\n  },\n}',
    );
  });

  it("writes a property whose value is the variable of its name as shorthand", () => {
    expect(literalSource({ definitions: code("definitions"), root: "a" }, { width: 80 })).toBe(
      '{ definitions, root: "a" }',
    );
  });

  it("never puts multi-line code on one line", () => {
    expect(literalSource({ a: code("f(\n  1,\n)") }, { width: 80 })).toBe("{\n  a: f(\n    1,\n  ),\n}");
  });
});
