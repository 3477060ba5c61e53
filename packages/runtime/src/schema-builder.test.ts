import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazySchema } from "./lazy-schema.js";
import { schemaBuilder } from "./schema-builder.js";

describe("schemaBuilder", () => {
  it("is zod itself: only the types differ", () => {
    expect(schemaBuilder(z)).toBe(z);
  });

  it("builds schemas that check exactly as zod's own", () => {
    const b = schemaBuilder(z);
    const customer = lazySchema(() =>
      b.looseObject({
        name: b
          .string()
          .min(1)
          .max(5)
          .regex(/^[A-Z]/),
        age: b.int().min(0).lt(150).optional(),
        ratio: b.number().gt(0).max(1).multipleOf(0.25).nullable().optional(),
        tags: b
          .array(b.enum(["a", "b"]))
          .min(1)
          .max(2)
          .optional(),
        kind: b.union([b.literal(1), b.null()]).optional(),
        extra: b.object({ id: b.unknown() }).catchall(b.boolean()).optional(),
        both: b.intersection(b.looseObject({ x: b.string() }), b.looseObject({ y: b.string() })).optional(),
        never: b.never().optional(),
        tree: b.lazy(() => b.strictObject({ leaf: b.undefined().optional() })).optional(),
      }),
    );
    const valid = {
      name: "Acme",
      age: 3,
      ratio: 0.5,
      tags: ["a"],
      kind: null,
      extra: { id: 1, flag: true },
      both: { x: "1", y: "2" },
      tree: {},
      unknownField: "kept",
    };
    expect(customer().safeParse(valid).success).toBe(true);
    for (const invalid of [
      { ...valid, name: "" },
      { ...valid, name: "acme" },
      { ...valid, age: 1.5 },
      { ...valid, age: 150 },
      { ...valid, ratio: 0.3 },
      { ...valid, tags: [] },
      { ...valid, tags: ["c"] },
      { ...valid, kind: 2 },
      { ...valid, extra: { id: 1, flag: "yes" } },
      { ...valid, both: { x: "1" } },
      { ...valid, never: 1 },
      { ...valid, tree: { leaf: 1 } },
      { ...valid, tree: { other: 1 } },
    ]) {
      expect(customer().safeParse(invalid).success).toBe(false);
    }
  });
});
