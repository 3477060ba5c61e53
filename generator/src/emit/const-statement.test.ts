import { describe, expect, it } from "vitest";
import { type ConstStatement, constDeclaration } from "./const-statement.js";
import { code } from "./literal-writer.js";
import { sourceText } from "./source-text.js";

const HEADER = "// header\n";

function file(...statements: ConstStatement[]): string {
  return sourceText(HEADER, [], statements.map(constDeclaration));
}

describe("constDeclaration", () => {
  it("writes an exported, typed const with one-line docs", () => {
    expect(file({ name: "answer", type: "number", docs: "The answer.", initializer: 42 })).toBe(
      "// header\n\n/** The answer. */\nexport const answer: number = 42;\n",
    );
  });

  it("writes multi-line docs as a block, with blank doc lines as ` *`", () => {
    expect(file({ name: "x", docs: "First.\n\nSecond.", exported: false, initializer: code("f()") })).toBe(
      "// header\n\n/**\n * First.\n *\n * Second.\n */\nconst x = f();\n",
    );
  });

  it("separates statements by one blank line and indents multi-line initializers", () => {
    expect(file({ name: "a", initializer: { b: [{ c: 1 }] } }, { name: "d", initializer: "e" })).toBe(
      '// header\n\nexport const a = {\n  b: [\n    {\n      c: 1,\n    },\n  ],\n};\n\nexport const d = "e";\n',
    );
  });
});
