import { describe, expect, it } from "vitest";
import type { ApiIR, SchemaIR } from "../ir/types.js";
import { validationSection } from "./readme-validation.js";

const closed: SchemaIR = { kind: "object", properties: [], additional: false };
const open: SchemaIR = { kind: "object", properties: [], additional: true };

/** Just the parts of an ApiIR the section reads. */
function api(components: Record<string, SchemaIR>, bodies: SchemaIR[] = []): ApiIR {
  return {
    schemas: Object.entries(components).map(([name, schema]) => ({ name, schema })),
    operations: bodies.map((schema) => ({
      requestBody: { required: true, media: [{ mediaType: "application/json", schema }] },
    })),
  } as unknown as ApiIR;
}

describe("validationSection", () => {
  it.each<[string, ApiIR, RegExp, RegExp | undefined]>([
    [
      "names closed components",
      api({ Contact: closed, Note: open }),
      /`additionalProperties: false`: `Contact`\)/,
      /`Note`/,
    ],
    [
      "notices a closed object inside a request body",
      api({}, [{ kind: "array", items: closed }]),
      /refuses an unknown field before sending/,
      /`additionalProperties: false`:/,
    ],
    [
      "states the response rule alone when nothing is closed",
      api({ Note: open }, [open]),
      /^(?![\s\S]*refuses)[\s\S]*Responses keep fields the spec does not list/,
      undefined,
    ],
  ])("%s", (_name, input, present, absent) => {
    const text = validationSection(input);
    expect(text).toMatch(present);
    expect(text).toMatch(/Responses keep/);
    if (absent) {
      expect(text).not.toMatch(absent);
    }
  });
});
