import { describe, expect, it } from "vitest";
import { camelCase, createNameRegistry, GENERATED_FILE_NAMES, pascalCase, propertyKey } from "./names.js";

describe("pascalCase", () => {
  it.each([
    ["petstore", "Petstore"],
    ["pet_store", "PetStore"],
    ["get thing", "GetThing"],
    ["getThing", "GetThing"],
    ["GetThingResult", "GetThingResult"],
    ["billing-cycle.v2", "BillingCycleV2"],
    ["HTTPServer", "HTTPServer"],
    ["2fa-code", "_2faCode"],
    ["", "_"],
    ["--", "_"],
  ])("%j → %j", (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe("camelCase", () => {
  it.each([
    ["redirect_uri", "redirectUri"],
    ["account-name", "accountName"],
    ["Get Thing", "getThing"],
    ["get /things/{id}", "getThingsId"],
    ["post /", "post"],
    ["2fa", "_2fa"],
    ["HTTPServer", "httpServer"],
    ["Things_List", "thingsList"],
    // Reserved words cannot be identifiers of variables or parameters.
    ["delete", "delete_"],
    ["class", "class_"],
    ["default", "default_"],
    ["await", "await_"],
  ])("%j → %j", (given, want) => {
    expect(camelCase(given)).toBe(want);
  });
});

describe("createNameRegistry", () => {
  it("hands out the wanted name first, then numbered ones", () => {
    const { take } = createNameRegistry();
    expect([take("Thing"), take("Thing"), take("Other"), take("Thing")]).toEqual([
      "Thing",
      "Thing2",
      "Other",
      "Thing3",
    ]);
  });

  it("never repeats a name, even when a numbered name was asked for itself", () => {
    const { take } = createNameRegistry();
    const names = [take("Thing2"), take("Thing"), take("Thing"), take("Thing2")];
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 2)).toEqual(["Thing2", "Thing"]);
  });

  it("keeps separate registries apart", () => {
    const one = createNameRegistry();
    const two = createNameRegistry();
    expect([one.take("A"), two.take("A")]).toEqual(["A", "A"]);
  });

  it("never hands out the names generated files declare or import themselves", () => {
    const { take, has } = createNameRegistry();
    for (const name of GENERATED_FILE_NAMES) {
      expect(has(name)).toBe(true);
      expect(take(name)).toBe(`${name}2`);
    }
    expect(GENERATED_FILE_NAMES).toEqual(
      expect.arrayContaining(["Readable", "Writable", "WithOptional", "LazySchema", "z"]),
    );
  });

  it("reserves only what it is given", () => {
    const { take, has } = createNameRegistry([]);
    expect(has("Readable")).toBe(false);
    expect(take("Readable")).toBe("Readable");
    expect(has("Readable")).toBe(true);
  });
});

describe("propertyKey", () => {
  it.each([
    ["id", "id"],
    ["_private", "_private"],
    ["$ref", "$ref"],
    ["class", "class"],
    ["first-name", '"first-name"'],
    ["1st", '"1st"'],
    ["with space", '"with space"'],
    ['quote"d', '"quote\\"d"'],
    ["", '""'],
    ["ñandú", '"ñandú"'],
  ])("%j → %s", (given, want) => {
    expect(propertyKey(given)).toBe(want);
  });
});
