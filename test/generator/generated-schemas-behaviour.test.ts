/**
 * The generated `schemas.gen.ts` and `operations.gen.ts` of some scenario fixtures, run
 * against the real zod: the files as written, not just the expressions inside them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { loadGenerated } from "./support/evaluate.js";
import { generateFixture } from "./support/fixtures.js";

type Schemas = Record<string, () => z.ZodType>;
type Operations = Record<
  string,
  { parameters?: () => z.ZodType; requestBody?: { media: { schema?: () => z.ZodType }[] } }
>;

async function load(fixture: string) {
  const files = Object.fromEntries((await generateFixture(fixture)).map((f) => [f.path, f.content]));
  return {
    schemas: loadGenerated(files, "schemas.gen.ts") as Schemas,
    operations: loadGenerated(files, "operations.gen.ts") as Operations,
  };
}

const ok = (schema: () => z.ZodType, value: unknown) => schema().safeParse(value).success;

describe("read-write-only", () => {
  let s: Schemas;
  beforeAll(async () => {
    s = (await load("read-write-only")).schemas;
  });

  it("has input schemas only where the request side differs", () => {
    expect(Object.keys(s).sort()).toEqual([
      "AddressInputSchema",
      "AddressSchema",
      "MoneySchema",
      "SettingsInputSchema",
      "SettingsSchema",
      "UserInputSchema",
      "UserListInputSchema",
      "UserListSchema",
      "UserSchema",
    ]);
  });

  it("responses carry readOnly fields and keep unknown ones", () => {
    const user = { id: "u1", name: "Ada", createdAt: "2024-01-01T00:00:00Z", address: { geocoded: true }, plan: "pro" };
    expect(s.UserSchema!().parse(user)).toEqual(user);
  });

  it("requests check writeOnly fields", () => {
    expect(ok(s.UserInputSchema!, { name: "Ada", password: "long enough" })).toBe(true);
    expect(ok(s.UserInputSchema!, { name: "Ada", password: "short" })).toBe(false);
    expect(ok(s.UserInputSchema!, { password: "long enough" })).toBe(false);
  });

  it("a component referring to one with an input schema uses it on the request side", () => {
    expect(ok(s.UserListInputSchema!, { users: [{ name: "Ada", password: "short" }] })).toBe(false);
    expect(ok(s.UserListInputSchema!, { users: [{ name: "Ada", password: "long enough" }] })).toBe(true);
    // The response side does not check writeOnly fields at all.
    expect(ok(s.UserListSchema!, { users: [{ name: "Ada" }] })).toBe(true);
  });

  it("additionalProperties: false is enforced on requests only", () => {
    expect(ok(s.SettingsInputSchema!, { theme: "dark" })).toBe(true);
    expect(ok(s.SettingsInputSchema!, { theme: "dark", font: "mono" })).toBe(false);
    expect(s.SettingsSchema!().parse({ theme: "dark", font: "mono" })).toEqual({ theme: "dark", font: "mono" });
    expect(ok(s.SettingsSchema!, { theme: "blue" })).toBe(false);
  });

  it("schemas are built once, on first use", () => {
    expect(s.MoneySchema!()).toBe(s.MoneySchema!());
  });
});

describe("recursive-schemas", () => {
  let s: Schemas;
  beforeAll(async () => {
    s = (await load("recursive-schemas")).schemas;
  });

  it("parses a self-recursive tree at any depth", () => {
    const leaf = { id: "f3", name: "leaf", children: [] };
    const tree = { id: "f1", name: "root", children: [{ id: "f2", name: "mid", children: [leaf], parent: leaf }] };
    expect(s.FolderSchema!().parse(tree)).toEqual(tree);
    expect(
      ok(s.FolderSchema!, { id: "f1", name: "root", children: [{ id: "f2", name: "mid", children: "none" }] }),
    ).toBe(false);
  });

  it("parses mutually recursive schemas", () => {
    const employee = {
      id: "e1",
      department: { name: "R&D", head: { id: "e2" }, staff: [{ id: "e3", department: { name: "QA" } }] },
    };
    expect(s.EmployeeSchema!().parse(employee)).toEqual(employee);
    expect(ok(s.EmployeeSchema!, { id: "e1", department: { head: { id: "e2" } } })).toBe(false);
  });

  it("parses a recursive union, on the request side too", () => {
    const expression = { op: "add", args: [{ value: 1 }, { op: "neg", args: [{ value: 2 }] }] };
    expect(ok(s.ExpressionSchema!, expression)).toBe(true);
    expect(ok(s.ExpressionSchema!, { op: "add", args: [{ op: "pow", args: [] }] })).toBe(false);
  });

  it("parses recursion through allOf and a map", () => {
    expect(ok(s.TreeSchema!, { value: 1, branches: { left: { value: 2, branches: {} } } })).toBe(true);
    expect(ok(s.TreeSchema!, { value: 1, branches: { left: { branches: {} } } })).toBe(false);
  });

  it("readOnly inside a cycle gives the cycle an input schema", () => {
    expect(ok(s.FolderInputSchema!, { name: "new", children: [{ name: "child", children: [] }] })).toBe(true);
  });
});

describe("nullable-3.1 and nullable-3.0", () => {
  it("3.1: type arrays, enums with null, oneOf/anyOf null and null-typed fields accept null", async () => {
    const { schemas: s } = await load("nullable-3.1");
    const contact = {
      id: 1,
      name: "Ada",
      email: null,
      age: null,
      status: null,
      tags: ["a", null],
      address: null,
      manager: null,
      note: null,
      kind: "person",
      score: null,
      deletedAt: null,
    };
    expect(s.ContactSchema!().parse(contact)).toEqual(contact);
    expect(ok(s.ContactSchema!, { ...contact, status: "deleted" })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, kind: "company" })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, note: "text" })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, name: null })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, age: -1 })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, score: "high" })).toBe(true);
    expect(ok(s.ContactSchema!, { ...contact, manager: { ...contact, manager: null } })).toBe(true);
  });

  it("3.0: nullable, nullable allOf and boolean exclusive bounds", async () => {
    const { schemas: s } = await load("nullable-3.0");
    const contact = { id: 1, email: null, status: null, address: null, rating: 5, percent: 99.9, metadata: null };
    expect(s.ContactSchema!().parse(contact)).toEqual(contact);
    expect(ok(s.ContactSchema!, { ...contact, id: 0 })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, percent: 100 })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, rating: 5.1 })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, status: "gone" })).toBe(false);
    expect(ok(s.ContactSchema!, { ...contact, address: { city: "Lisbon" } })).toBe(true);
    expect(ok(s.ContactSchema!, { ...contact, metadata: { a: 1 } })).toBe(false);
  });
});

describe("operation parameters (operations.gen.ts)", () => {
  it("refuse unknown parameters and check their types", async () => {
    const { operations } = await load("pagination-styles");
    const parameters = operations.listInvoicesOperation!.parameters!;
    expect(ok(parameters, {})).toBe(true);
    expect(ok(parameters, { query: { page: 2, status: "paid" } })).toBe(true);
    expect(ok(parameters, { query: { page: 0 } })).toBe(false);
    expect(ok(parameters, { query: { status: "void" } })).toBe(false);
    expect(ok(parameters, { query: { pgae: 2 } })).toBe(false);
    expect(ok(parameters, { qeury: {} })).toBe(false);
  });

  // The runtime checks `{ path, query, headers }` with this schema; the body has its own.
  it("make the idempotency key header optional: the client fills it", async () => {
    const { operations } = await load("idempotency");
    const create = operations.createOrderOperation!.parameters!;
    expect(ok(create, { headers: {} })).toBe(true);
    expect(ok(create, { headers: { "Idempotency-Key": "k1" } })).toBe(true);
    expect(ok(create, { headers: { "Idempotency-Key": "x".repeat(65) } })).toBe(false);
    // The key is named in another case than the header is declared: still optional.
    const patch = operations.patchOrderOperation!.parameters!;
    expect(ok(patch, { path: { orderId: "o1" } })).toBe(true);
    expect(ok(patch, { path: { orderId: "o1" }, headers: { "Idempotency-Key": "k1" } })).toBe(true);
  });

  it("refuse a body: it is checked against the body's own schema", async () => {
    const { operations } = await load("idempotency");
    expect(ok(operations.createOrderOperation!.parameters!, { headers: {}, body: { id: "o1" } })).toBe(false);
  });

  it("require path parameters", async () => {
    const { operations } = await load("idempotency");
    const renew = operations.renewOrderOperation!.parameters!;
    expect(ok(renew, { path: { orderId: "o1" } })).toBe(true);
    expect(ok(renew, {})).toBe(false);
    expect(ok(renew, { path: {} })).toBe(false);
  });
});
