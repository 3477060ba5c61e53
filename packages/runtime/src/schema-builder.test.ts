import { describe, expect, it } from "vitest";
import * as zodMini from "zod/mini";
import { lazySchema } from "./lazy-schema.js";
import * as z from "./schema-builder.js";
import { schemaIssues } from "./validation/schema-issues.js";

describe("schema builders", () => {
  it.each([
    [z.string, zodMini.string],
    [z.object, zodMini.object],
    [z.optional, zodMini.optional],
    [z.enum, zodMini.enum],
    [z.null, zodMini.null],
    [z.undefined, zodMini.undefined],
    [z.minLength, zodMini.minLength],
    [z.catchall, zodMini.catchall],
    [z.discriminatedUnion, zodMini.discriminatedUnion],
  ])("%o is zod/mini's own function: only the type differs", (builder, own) => {
    expect(builder).toBe(own);
  });

  const customer = lazySchema(() =>
    z.looseObject({
      name: z.string().check(z.minLength(1), z.maxLength(5), z.regex(/^[A-Z]/)),
      age: z.optional(z.int().check(z.gte(0), z.lt(150))),
      ratio: z.optional(z.nullable(z.number().check(z.gt(0), z.lte(1), z.multipleOf(0.25)))),
      tags: z.optional(z.array(z.enum(["a", "b"])).check(z.minLength(1), z.maxLength(2))),
      kind: z.optional(z.union([z.literal(1), z.null()])),
      extra: z.optional(z.catchall(z.object({ id: z.unknown() }), z.boolean())),
      both: z.optional(z.intersection(z.looseObject({ x: z.string() }), z.looseObject({ y: z.string() }))),
      never: z.optional(z.never()),
      tree: z.optional(z.lazy(() => z.strictObject({ leaf: z.optional(z.undefined()) }))),
      pet: z.optional(
        z.discriminatedUnion("type", [
          z.object({ type: z.literal("cat"), lives: z.int() }),
          z.object({ type: z.literal("dog"), good: z.boolean() }),
        ]),
      ),
      file: z.optional(z.binary()),
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
    pet: { type: "cat", lives: 9 },
    file: new Uint8Array([1]),
    unknownField: "kept",
  };

  it("accepts a valid value, unknown fields of a loose object included", () => {
    expect(schemaIssues(customer, valid)).toEqual([]);
    expect(schemaIssues(customer, { ...valid, file: new Blob(["x"]) })).toEqual([]);
  });

  it.each([
    [{ name: "Abcdef" }, "name", "Too big: expected string to have <=5 characters"],
    [{ name: "acme" }, "name", "Invalid string: must match pattern /^[A-Z]/"],
    [{ age: 1.5 }, "age", "Invalid input: expected int, received number"],
    [{ age: 150 }, "age", "Too big: expected number to be <150"],
    [{ ratio: 0.3 }, "ratio", "Invalid number: must be a multiple of 0.25"],
    [{ tags: [] }, "tags", "Too small: expected array to have >=1 items"],
    [{ tags: ["c"] }, "tags,0", 'Invalid option: expected one of "a"|"b"'],
    [{ kind: 2 }, "kind", "Invalid input"],
    [{ extra: { id: 1, flag: "yes" } }, "extra,flag", "Invalid input: expected boolean, received string"],
    [{ both: { x: "1" } }, "both,y", "Invalid input: expected string, received undefined"],
    [{ never: 1 }, "never", "Invalid input: expected never, received number"],
    [{ tree: { leaf: 1 } }, "tree,leaf", "Invalid input: expected undefined, received number"],
    [{ tree: { other: 1 } }, "tree", 'Unrecognized key: "other"'],
    [{ pet: { type: "cow" } }, "pet,type", "Invalid discriminator value. Expected 'cat' | 'dog'"],
    [{ pet: { type: "dog", good: 1 } }, "pet,good", "Invalid input: expected boolean, received number"],
    [{ file: "bytes" }, "file", "Invalid input: expected a Blob or a Uint8Array"],
  ])("refuses %j at %s with zod's English message", (change, path, message) => {
    const issues = schemaIssues(customer, { ...valid, ...change });
    expect(issues.map((issue) => [issue.path.join(), issue.message])).toEqual([[path, message]]);
  });

  it("lets callers parse a generated schema with its own methods", () => {
    expect(customer().parse(valid)).toMatchObject({ name: "Acme" });
    expect(() => customer().parse({ ...valid, name: 1 })).toThrow();
  });
});
