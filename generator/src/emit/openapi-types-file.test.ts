import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { emitOpenApiTypesFile } from "./openapi-types-file.js";

const pet = (discriminator: boolean): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "Pets", version: "1" },
  paths: {},
  components: {
    schemas: {
      Cat: { type: "object", properties: { name: { type: "string" } } },
      Dog: { type: "object", properties: { bark: { type: "boolean" } } },
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        ...(discriminator ? { discriminator: { propertyName: "kind" } } : {}),
      },
    },
  },
});

/** Every shape openapi-typescript patches: mapped `allOf` and object schemas, a `$ref` chain, `allOf` children. */
const mapped = (): OpenApiDocument => ({
  openapi: "3.0.3",
  info: { title: "Shapes", version: "1" },
  paths: {},
  components: {
    schemas: {
      Base: {
        type: "object",
        required: ["kind"],
        properties: { kind: { type: "string" } },
        discriminator: {
          propertyName: "kind",
          mapping: { square: "#/components/schemas/Square", round: "#/components/schemas/Alias" },
        },
      },
      Square: {
        allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { side: { type: "number" } } }],
      },
      Alias: { $ref: "#/components/schemas/Circle" },
      Circle: { type: "object", required: ["radius"], properties: { radius: { type: "number" } } },
      Shape: {
        oneOf: [{ $ref: "#/components/schemas/Square" }, { $ref: "#/components/schemas/Circle" }],
        discriminator: { propertyName: "kind" },
      },
    },
  },
});

describe("emitOpenApiTypesFile", () => {
  it("leaves a document with mapped, chained and allOf discriminator targets untouched", async () => {
    const doc = mapped();
    const text = await emitOpenApiTypesFile(doc, "// header\n");
    expect(doc).toEqual(mapped());
    // The patches still reach the types.
    expect(text).toMatch(/kind: "square"/);
    expect(text).toMatch(/kind: "Circle"/);
  });

  it.each([
    ["with a discriminator (openapi-typescript patches enums into its input)", true],
    ["without one", false],
  ])("leaves the document %s untouched", async (_name, discriminator) => {
    const doc = pet(discriminator);
    const text = await emitOpenApiTypesFile(doc, "// header\n");
    expect(doc).toEqual(pet(discriminator));
    expect(text.startsWith("// header\n")).toBe(true);
    // The discriminator still reaches the types: Cat gets its `kind`.
    expect(/kind: "Cat"/.test(text)).toBe(discriminator);
  });
});
