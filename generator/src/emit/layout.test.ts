import ts from "typescript";
import { describe, expect, it } from "vitest";
import { layoutLine, layoutText } from "./layout-text.js";

/** The line laid out at `width`, and whether TypeScript parses it to the same tokens. */
function laidOut(text: string, width: number): string {
  const out = layoutLine(text, width);
  expect(tokens(out)).toEqual(tokens(text));
  return out;
}

/** The line's tokens, without what layout may add: a comma before a closing bracket, a union's leading `|`. */
function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  while (scanner.scan() !== ts.SyntaxKind.EndOfFileToken) {
    out.push(scanner.getTokenText());
  }
  return out.filter(
    (t, i) => !(t === "," && [")", "]", "}", ">"].includes(out[i + 1] ?? "")) && !(t === "|" && out[i - 1] === "="),
  );
}

describe("layoutLine", () => {
  it("leaves a line that fits alone", () => {
    expect(layoutLine("export type A = B | C;", 40)).toBe("export type A = B | C;");
  });

  it("breaks a parameter list before the return type, one parameter per line", () => {
    expect(
      laidOut("export function f(client: ClientCore, args: Args, options?: CallOptions): Promise<Result> {", 60),
    ).toBe(`export function f(
  client: ClientCore,
  args: Args,
  options?: CallOptions,
): Promise<Result> {`);
  });

  it("breaks a union before each member, after the alias's `=`", () => {
    expect(laidOut('export type Status = "draft" | "final" | "canceled" | "settled";', 40)).toBe(`export type Status =
  | "draft"
  | "final"
  | "canceled"
  | "settled";`);
  });

  it("never breaks inside a string or an index access", () => {
    const text = '  body: Readable<paths["/a very long path/{id}"]["get"]["responses"][200]>;';
    const out = laidOut(text, 30);
    expect(out).toContain('paths["/a very long path/{id}"]["get"]["responses"][200]');
    expect(out.split("\n")[0]).toBe("  body: Readable<");
  });

  it("adds no comma after a rest element or inside parentheses around an expression", () => {
    const out = laidOut("const { alpha, beta, gamma, ...base } = options;", 20);
    expect(out).toContain("...base\n}");
    expect(laidOut("x = { ...(a !== undefined ? { key: a } : {}) };", 30)).not.toMatch(/\{\}\s*,\s*\)/);
  });

  it("leaves a line it cannot pair up as it is", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is generated code holding a template literal
    const text = "const s = `template ${value} that is much too long for the width given here`;";
    expect(layoutLine(text, 20)).toBe(text);
  });
});

describe("layoutText", () => {
  it("wraps a doc comment at its spaces, keeping a {@link} whole and a fenced example as it is", () => {
    const text = [
      "/** A summary that is long enough to need wrapping, then a link: {@link SomeClient.someOperation}. */",
      "/**",
      " * ```ts",
      " * const client = createClient({ apiKey: process.env.API_KEY!, baseUrl: process.env.BASE_URL! });",
      " * ```",
      " */",
    ].join("\n");
    const out = layoutText(text, 60).split("\n");
    expect(out.every((line) => line.length <= 60 || line.includes("createClient("))).toBe(true);
    expect(out.some((line) => line.includes("{@link SomeClient.someOperation}."))).toBe(true);
    expect(out).toContain(
      " * const client = createClient({ apiKey: process.env.API_KEY!, baseUrl: process.env.BASE_URL! });",
    );
  });

  it("keeps a code span whole when wrapping, and wraps at every space when a backtick is left open", () => {
    const span = "/** A closed object (`additionalProperties: false`) refuses unknown fields, whatever they are. */";
    const out = layoutText(span, 50).split("\n");
    expect(out.some((line) => line.includes("`additionalProperties: false`"))).toBe(true);
    expect(out.every((line) => line.length <= 50)).toBe(true);
    const open = "/** A stray ` backtick must not glue the rest of this long line into one unbreakable word. */";
    const lines = layoutText(open, 50).split("\n");
    expect(lines.every((line) => line.length <= 50)).toBe(true);
  });
});
