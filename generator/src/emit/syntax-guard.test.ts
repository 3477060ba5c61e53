import { describe, expect, it } from "vitest";
import { GeneratedSyntaxError } from "./generated-syntax-error.js";
import { assertParses } from "./syntax-guard.js";

/** The error assertParses throws for `text`, or undefined when it parses. */
function syntaxError(text: string, path = "src/generated/x.gen.ts"): GeneratedSyntaxError | undefined {
  try {
    assertParses(path, text);
    return undefined;
  } catch (error) {
    if (error instanceof GeneratedSyntaxError) {
      return error;
    }
    throw error;
  }
}

describe("assertParses", () => {
  it.each([
    [
      "declarations, types and a generic call",
      "export const a: Record<string, number[]> = f<number>({ b: [1, 2] });\n",
    ],
    ["an interface and a type alias", "export interface A {\n  readonly b?: string;\n}\nexport type C = A | null;\n"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the parsed source
    ["a doc comment and a template literal", "/** Doc. */\nexport const t = `a ${1} b`;\n"],
    ["an empty file", ""],
  ])("accepts valid TypeScript: %s", (_name, text) => {
    expect(syntaxError(text)).toBeUndefined();
  });

  it("names the file, line and column of an unclosed bracket and shows the lines around it", () => {
    const error = syntaxError(
      "const a = 1;\nconst b = {\n  c: [1, 2,\n};\nconst d = 3;\n",
      "packages/p/src/generated/testing.gen.ts",
    );
    expect(error).toBeDefined();
    expect({ path: error?.path, line: error?.line, column: error?.column }).toEqual({
      path: "packages/p/src/generated/testing.gen.ts",
      line: 4,
      column: 1,
    });
    expect(error?.snippet).toBe("3 |   c: [1, 2,\n4 | };\n  | ^\n5 | const d = 3;");
    expect(error?.message).toMatch(
      /^billforge bug: the generated packages\/p\/src\/generated\/testing\.gen\.ts does not parse at line 4, column 1: /,
    );
    expect(error?.message).toContain("Nothing was written");
  });

  it.each([
    ["an unterminated string", 'export const a = "b;\nexport const c = 1;\n', 1],
    ["a stray closing brace", "export const a = 1;\n}\n", 2],
    ["a missing comma between properties", "export const a = {\n  b: 1\n  c: 2,\n};\n", 3],
    ["a parameter list broken by a misplaced bracket", "export function f(a: string]: void {}\n", 1],
    ["an object key that is not quoted", "export const a = { first-name: 1 };\n", 1],
  ])("refuses %s", (_name, text, line) => {
    const error = syntaxError(text);
    expect(error?.line).toBe(line);
    expect(error?.reason).not.toBe("");
  });

  it("cuts a long line to a window around the error, the caret still under it", () => {
    const long = `export const a = [${Array.from({ length: 200 }, (_, i) => i).join(", ")}, ];;)`;
    const error = syntaxError(`${long}\n`);
    const [shown, caret] = error?.snippet.split("\n") ?? [];
    expect(shown?.length).toBeLessThan(200);
    expect(shown?.startsWith("1 | …")).toBe(true);
    // The caret sits under the character the parser stopped at.
    const at = caret?.indexOf("^") ?? -1;
    expect(shown?.[at]).toBe(")");
  });
});
