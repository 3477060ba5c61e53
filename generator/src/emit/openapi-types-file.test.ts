import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../load/openapi-document.js";
import { emitOpenApiTypesFile } from "./openapi-types-file.js";
import { createSourceProject } from "./source-project.js";

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

describe("emitOpenApiTypesFile", () => {
  it.each([
    ["with a discriminator (openapi-typescript patches enums into its input)", true],
    ["without one", false],
  ])("leaves the document %s untouched", async (_name, discriminator) => {
    const doc = pet(discriminator);
    const text = await emitOpenApiTypesFile(createSourceProject(), doc, "// header\n");
    expect(doc).toEqual(pet(discriminator));
    expect(text.startsWith("// header\n")).toBe(true);
    // The discriminator still reaches the types: Cat gets its `kind`.
    expect(/kind: "Cat"/.test(text)).toBe(discriminator);
  });
});
