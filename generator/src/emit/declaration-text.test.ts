import {
  type FunctionDeclarationStructure,
  type InterfaceDeclarationStructure,
  type MethodSignatureStructure,
  type OptionalKind,
  printStructure,
  StructureKind,
} from "ts-morph";
import { describe, expect, it } from "vitest";
import { functionDeclaration, interfaceDeclaration, methodSignature } from "./declaration-text.js";
import { docComment } from "./doc-comment.js";
import { sourceText } from "./source-text.js";

// The text functions must print exactly what ts-morph's structure printer prints for the
// same structure, in a file of two of them, with the settings generated files use.
const HEADER = "// header";
const IMPORT = 'import { x } from "./x.js";';
const viaTsMorph = (structure: FunctionDeclarationStructure | InterfaceDeclarationStructure) =>
  printStructure(
    { kind: StructureKind.SourceFile, statements: [`${HEADER}\n${IMPORT}`, structure, structure] },
    { indentNumberOfSpaces: 2, newLine: "\n", insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true },
  );
const viaText = (text: string) => sourceText(HEADER, [IMPORT], [text, text]);

const FUNCTIONS: [string, Omit<FunctionDeclarationStructure, "kind" | "isExported">][] = [
  ["no docs, no parameters", { name: "f", parameters: [], returnType: "void", statements: ["return;"] }],
  [
    "one-line docs, optional and defaulted parameters",
    {
      name: "g",
      docs: ["Does g."],
      parameters: [
        { name: "client", type: "ClientCore" },
        { name: "args", type: "types.GArgs", initializer: "{}" },
        { name: "options", type: "CallOptions", hasQuestionToken: true },
      ],
      returnType: "Promise<types.GResult>",
      statements: ["return client.request<types.GResult>(operations.gOperation, args, options);"],
    },
  ],
  [
    "multi-line docs with blank lines, several statements, a block among them",
    {
      name: "h",
      docs: ["Summary\n\n`GET /h`\n\n@see {@link https://example.com}"],
      parameters: [{ name: "a", type: "string" }],
      returnType: "string",
      statements: ["const b = a;", "if (b) {\n  return b;\n}", "return String(a);"],
    },
  ],
  ["empty body", { name: "e", parameters: [], returnType: "void", statements: [] }],
];

describe("functionDeclaration", () => {
  it.each(FUNCTIONS)("%s", (_name, fn) => {
    const want = viaTsMorph({ kind: StructureKind.Function, isExported: true, ...fn });
    const got = viaText(
      functionDeclaration({
        name: fn.name as string,
        ...(fn.docs ? { docs: fn.docs[0] as string } : {}),
        parameters: (fn.parameters ?? []).map((p) => ({
          name: p.name,
          type: p.type as string,
          ...(p.hasQuestionToken ? { optional: true } : {}),
          ...(p.initializer ? { initializer: p.initializer as string } : {}),
        })),
        returnType: fn.returnType as string,
        statements: fn.statements as string[],
      }),
    );
    expect(got).toBe(want);
  });
});

it("refuses a statement whose template literal spans lines", () => {
  expect(() =>
    functionDeclaration({ name: "t", parameters: [], returnType: "string", statements: ["return `a\nb`;"] }),
  ).toThrow(/template literal spans lines/);
});

const METHODS: OptionalKind<MethodSignatureStructure>[] = [
  {
    name: "list",
    docs: ["List things\n\n`GET /things`"],
    parameters: [{ name: "args", type: "A", hasQuestionToken: true }],
    returnType: "Promise<R>",
  },
  { name: "get", docs: ["Get a thing"], parameters: [], returnType: "Promise<R>" },
  {
    name: "bare",
    parameters: [
      { name: "a", type: "A" },
      { name: "b", type: "B" },
    ],
    returnType: "void",
  },
];

describe("interfaceDeclaration and methodSignature", () => {
  it.each<[string, OptionalKind<MethodSignatureStructure>[]]>([
    ["methods with and without docs", METHODS],
    ["no members", []],
  ])("%s", (_name, methods) => {
    const want = viaTsMorph({
      kind: StructureKind.Interface,
      isExported: true,
      name: "Client",
      docs: ["The client."],
      methods,
    });
    const members = methods.map((m) =>
      methodSignature({
        name: m.name,
        ...(m.docs ? { docs: m.docs[0] as string } : {}),
        parameters: (m.parameters ?? []).map((p) => ({
          name: p.name,
          type: p.type as string,
          optional: p.hasQuestionToken === true,
        })),
        returnType: m.returnType as string,
      }),
    );
    expect(viaText(interfaceDeclaration({ name: "Client", docs: "The client.", members }))).toBe(want);
  });
});

describe("docComment", () => {
  it.each<[string, string, string]>([
    ["one line", "Text.", "/** Text. */\n"],
    ["empty", "", "/** */\n"],
    ["blank lines become ` *`", "a\n\nb", "/**\n * a\n *\n * b\n */\n"],
    ["a leading empty line is dropped", "\na", "/**\n * a\n */\n"],
  ])("%s", (_name, docs, want) => {
    expect(docComment(docs)).toBe(want);
  });
});
