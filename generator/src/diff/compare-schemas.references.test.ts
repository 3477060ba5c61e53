// References: one to the same component on both sides is left to that component's own
// comparison; others are resolved, each pair compared once, so cycles end.
import { describe, expect, it } from "vitest";
import { allOf, compare, components, int, nul, object, prop, ref, str, union } from "../../test/schema-diff.js";
import type { SchemaIR } from "../ir/types.js";

describe("compareSchemas: references", () => {
  it("resolves references to different components", () => {
    const sides = { before: components({ A: str }), after: components({ B: int }) };
    expect(compare(ref("A"), ref("B"), "request", sides)).toEqual(["! type-changed x: string → integer"]);
  });

  it("resolves a reference replaced by an inline schema", () => {
    const sides = { before: components({ A: object([prop("a", str)]) }), after: components() };
    expect(compare(ref("A"), object([prop("a", int)]), "request", sides)).toEqual([
      "! type-changed x.a: string → integer",
    ]);
  });

  it("resolves an inline schema replaced by a reference", () => {
    const sides = { before: components(), after: components({ A: int }) };
    expect(compare(str, ref("A"), "request", sides)).toEqual(["! type-changed x: string → integer"]);
  });

  it("resolves a reference that became nullable in a union", () => {
    const sides = { before: components(), after: components({ A: str }) };
    expect(compare(union(str, nul), union(ref("A"), nul), "request", sides)).toEqual([]);
  });

  it("resolves a chain of aliases", () => {
    const sides = { before: components({ A: ref("B"), B: ref("C"), C: str }), after: components() };
    expect(compare(ref("A"), int, "request", sides)).toEqual(["! type-changed x: string → integer"]);
  });

  it("reads a reference to a missing component as any value", () => {
    expect(compare(ref("Gone"), str, "request")).toEqual(["! type-narrowed x: any → string"]);
  });

  it("follows a reference to a component that exists only after", () => {
    const sides = { before: components(), after: components({ A: str }) };
    expect(compare(ref("A"), ref("A"), "request", sides)).toEqual(["! type-narrowed x: any → string"]);
  });

  it("compares each pair of references it meets", () => {
    const sides = { before: components({ A: str, B: str }), after: components({ A2: int, B2: int }) };
    const before = object([prop("p", ref("A")), prop("q", ref("B"))]);
    const after = object([prop("p", ref("A2")), prop("q", ref("B2"))]);
    expect(compare(before, after, "request", sides)).toEqual([
      "! type-changed x.p: string → integer",
      "! type-changed x.q: string → integer",
    ]);
  });

  it("compares a pair of references once, where first met", () => {
    const sides = { before: components({ A: str }), after: components({ A2: int }) };
    const before = object([prop("p", ref("A")), prop("q", ref("A"))]);
    const after = object([prop("p", ref("A2")), prop("q", ref("A2"))]);
    expect(compare(before, after, "request", sides)).toEqual(["! type-changed x.p: string → integer"]);
  });

  // Inline schemas are told apart by identity: the same object met again (q) is not re-compared.
  it("compares a component with each inline schema once", () => {
    const sides = { before: components({ A: object([prop("id", str)]) }), after: components() };
    const shared = object([]);
    const before = object([prop("p", ref("A")), prop("t", ref("A")), prop("q", ref("A"))]);
    const after = object([prop("p", shared), prop("t", object([])), prop("q", shared)]);
    expect(compare(before, after, "response", sides)).toEqual([
      "! field-removed x.p.id: field id removed",
      "! field-removed x.t.id: field id removed",
    ]);
  });

  it("ends on a component that is an alias of itself", () => {
    const sides = { before: components({ A: ref("A") }), after: components({ B: str }) };
    expect(compare(ref("A"), ref("B"), "request", sides)).toEqual([]);
  });

  // The bound that ends alias cycles: after 64 hops a reference is left unresolved.
  it("gives up on an allOf part behind more than 64 aliases", () => {
    const chain: Record<string, SchemaIR> = { A64: object([prop("a", str)]) };
    for (let i = 0; i < 64; i++) {
      chain[`A${i}`] = ref(`A${i + 1}`);
    }
    const sides = { before: components(chain), after: components() };
    const before = allOf(ref("A0"), object([prop("b", str)]));
    expect(compare(before, object([prop("a", str), prop("b", str)]), "request", sides)).toEqual([
      "! type-changed x: A0 & object → object",
    ]);
    expect(
      compare(allOf(ref("A1"), object([prop("b", str)])), object([prop("a", str), prop("b", str)]), "request", sides),
    ).toEqual([]);
  });

  it("ends on an allOf that includes itself, comparing its other parts", () => {
    const before = components({ A: allOf(ref("A"), object([prop("a", str)])) });
    const after = components({ B: allOf(ref("B"), object([prop("a", int)])) });
    expect(compare(ref("A"), ref("B"), "response", { before, after })).toEqual([
      "! type-changed x.a: string → integer",
    ]);
  });
});
