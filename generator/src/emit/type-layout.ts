import { type Doc, group, ifBreak, indent, join, line, softline } from "./layout.js";

/**
 * One line of generated TypeScript (a type, a declaration's first line, a statement) as a
 * document for layout.ts: bracketed lists break one item per line, unions break before each
 * `|`, conditional types and ternaries before each `?` and `:`. Strings, comments and index
 * accesses never break. `undefined` when the line's brackets do not pair up on the line in
 * a way this understands: the line is then left as it is.
 */
export function lineDoc(text: string): Doc | undefined {
  const tokens = tokenize(text);
  const nodes = tokens && nest(tokens);
  return nodes && sequence(nodes);
}

type Token =
  | { readonly kind: "text"; readonly text: string; readonly atom?: boolean }
  | { readonly kind: "open"; readonly text: "(" | "[" | "{" | "<" }
  | { readonly kind: "close"; readonly text: ")" | "]" | "}" | ">" }
  | { readonly kind: "separator"; readonly text: "," | ";" }
  | { readonly kind: "operator"; readonly text: "|" | "?" | ":" };

interface Bracketed {
  readonly kind: "group";
  readonly open: string;
  readonly close: string;
  readonly children: readonly Node[];
  /** An index access (`T["key"]`, `x[0]`): never broken. */
  readonly index: boolean;
  /** Parentheses of a call or a parameter list (after a name), not around an expression. */
  readonly call: boolean;
}
type Node = Exclude<Token, { kind: "open" | "close" }> | Bracketed;

const PAIRS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}", "<": ">" };
const IDENTIFIER_END = /[\w$]$/;

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let plain = "";
  const flush = () => {
    if (plain !== "") {
      tokens.push({ kind: "text", text: plain });
      plain = "";
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const previous = text[i - 1] ?? "";
    const next = text[i + 1] ?? "";
    if (ch === '"' || ch === "'" || ch === "`") {
      const end = stringEnd(text, i);
      if (end === undefined) {
        return undefined;
      }
      flush();
      tokens.push({ kind: "text", text: text.slice(i, end + 1), atom: true });
      i = end;
    } else if (ch === "/" && (next === "/" || next === "*")) {
      // A comment runs to the end of the line (an inline block comment to its close).
      const end = next === "/" ? text.length - 1 : text.indexOf("*/", i + 2) + 1;
      if (end <= i) {
        return undefined;
      }
      flush();
      tokens.push({ kind: "text", text: text.slice(i, end + 1), atom: true });
      i = end;
    } else if (ch === "(" || ch === "[" || ch === "{" || (ch === "<" && IDENTIFIER_END.test(previous))) {
      flush();
      tokens.push({ kind: "open", text: ch });
    } else if (ch === ")" || ch === "]" || ch === "}" || (ch === ">" && previous !== "=")) {
      flush();
      tokens.push({ kind: "close", text: ch });
    } else if (ch === "," || ch === ";") {
      flush();
      tokens.push({ kind: "separator", text: ch });
    } else if ((ch === "|" || ch === "?" || ch === ":") && previous === " " && next === " ") {
      flush();
      tokens.push({ kind: "operator", text: ch });
    } else {
      plain += ch;
    }
  }
  flush();
  return tokens;
}

/** The index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
    } else if (text[i] === quote) {
      return i;
    } else if (quote === "`" && text[i] === "$" && text[i + 1] === "{") {
      // Template substitutions may hold anything: such a line is left alone.
      return undefined;
    }
  }
  return undefined;
}

/** Pairs brackets into groups; an opening bracket left open at the end of the line is text. */
function nest(tokens: readonly Token[]): Node[] | undefined {
  const stack: { open: Token & { kind: "open" }; children: Node[] }[] = [];
  const root: Node[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  for (const token of tokens) {
    if (token.kind === "open") {
      stack.push({ open: token, children: [] });
    } else if (token.kind === "close") {
      const top = stack.at(-1);
      if (top && PAIRS[top.open.text] === token.text) {
        stack.pop();
        const siblings = current();
        const before = siblings.at(-1);
        const afterName =
          before !== undefined &&
          (before.kind === "group" || (before.kind === "text" && IDENTIFIER_END.test(before.text)));
        siblings.push({
          kind: "group",
          open: top.open.text,
          close: token.text,
          children: top.children,
          index: top.open.text === "[" && afterName,
          call: top.open.text === "(" && afterName,
        });
      } else if (token.text === ">" || top === undefined) {
        // A comparison, or a bracket closed on an earlier line.
        current().push({ kind: "text", text: token.text });
      } else {
        return undefined;
      }
    } else {
      current().push(token);
    }
  }
  // Brackets still open (a block's `{` at the end of a line) are text, their contents follow.
  while (stack.length > 0) {
    const { open, children } = stack.pop() as (typeof stack)[number];
    current().push({ kind: "text", text: open.text }, ...children);
  }
  return root;
}

/** A sequence of nodes: a union, a conditional chain, or nodes one after the other. */
function sequence(nodes: readonly Node[]): Doc {
  const operators = nodes.filter((n) => n.kind === "operator");
  if (operators.some((n) => n.text === "|")) {
    return union(nodes);
  }
  if (operators.some((n) => n.text === "?")) {
    return conditional(nodes);
  }
  return nodes.map(nodeDoc);
}

/** `prefix = A | B;` breaks as `prefix =`, then `| A` and `| B` on lines of their own. */
function union(nodes: readonly Node[]): Doc {
  const { prefix, body, suffix } = splitAssignment(nodes);
  const members = splitAt(body, (n) => n.kind === "operator" && n.text === "|").map((member) => sequence(trim(member)));
  const lead = prefix.length > 0 ? line : softline;
  return [prefix.map(nodeDoc), group(indent([lead, ifBreak("| "), join([line, "| "], members)])), suffix.map(nodeDoc)];
}

/** `A extends B ? C : D` breaks before `?` and `:`, the branches indented once. */
function conditional(nodes: readonly Node[]): Doc {
  const { prefix, body, suffix } = splitAssignment(nodes);
  const parts: Doc[] = [];
  let piece: Node[] = [];
  for (const node of body) {
    if (node.kind === "operator" && node.text !== "|") {
      parts.push(trim(piece).map(nodeDoc), line, `${node.text} `);
      piece = [];
    } else {
      piece.push(node);
    }
  }
  parts.push(trim(piece).map(nodeDoc));
  const [first, ...rest] = parts;
  return [prefix.map(nodeDoc), prefix.length > 0 ? " " : "", group([first ?? "", indent(rest)]), suffix.map(nodeDoc)];
}

/**
 * Splits off what precedes the value (`export type X =`, `name:`) and a closing `;` or `,`:
 * the value is what breaks.
 */
function splitAssignment(nodes: readonly Node[]): { prefix: Node[]; body: Node[]; suffix: Node[] } {
  const firstOperator = nodes.findIndex((n) => n.kind === "operator");
  let prefix: Node[] = [];
  let body = [...nodes];
  for (let i = Math.max(firstOperator, 0); i >= 0; i--) {
    const node = nodes[i] as Node;
    const match = node.kind === "text" && !node.atom ? /^(.*(?:[^=!<>]=|:))\s+(.*)$/s.exec(node.text) : null;
    if (match) {
      prefix = [...nodes.slice(0, i), { kind: "text", text: match[1] as string }];
      body = [...(match[2] ? [{ kind: "text" as const, text: match[2] }] : []), ...nodes.slice(i + 1)];
      break;
    }
  }
  const last = body.at(-1);
  const suffix: Node[] = [];
  if (last?.kind === "separator") {
    suffix.push(body.pop() as Node);
  } else if (last?.kind === "text" && !last.atom && /\s*\{$/.test(last.text)) {
    // `… ? never : T extends object ? {` ends with a block's opening brace.
    const at = last.text.search(/\s*\{$/);
    body.pop();
    if (at > 0) {
      body.push({ kind: "text", text: last.text.slice(0, at) });
    }
    suffix.push({ kind: "text", text: last.text.slice(at) });
  }
  return { prefix, body, suffix };
}

function nodeDoc(node: Node): Doc {
  switch (node.kind) {
    case "text":
      return node.text;
    case "separator":
      return node.text;
    case "operator":
      return ` ${node.text} `;
    case "group":
      return bracketed(node);
  }
}

/** `(a, b)` → one item per line when broken; `{ a; b }` keeps its spaces on one line. */
function bracketed(node: Bracketed): Doc {
  const flatText = (nodes: readonly Node[]): Doc => nodes.map(nodeDoc);
  if (node.index || node.children.every((n) => n.kind === "text" && n.text.trim() === "")) {
    return [node.open, flatText(node.children), node.close];
  }
  const separator = node.children.find((n) => n.kind === "separator")?.text;
  if (node.open === "(" && !node.call) {
    // Parentheses around an expression: its inside breaks, with nothing added.
    return group([node.open, indent([softline, sequence(trim([...node.children]))]), softline, node.close]);
  }
  const items = splitAt(node.children, (n) => n.kind === "separator").map(trim);
  if (items.length > 1 && items.at(-1)?.length === 0) {
    items.pop();
  }
  const only = items.length === 1 && items[0]?.length === 1 ? items[0][0] : undefined;
  if (node.open === "(" && only?.kind === "group" && (only.open === "{" || only.open === "[")) {
    // A lone object or array argument hugs its parentheses: `f({` … `})`.
    return [node.open, bracketed(only), node.close];
  }
  const pad = node.open === "{" ? line : softline;
  return group([
    node.open,
    indent([pad, join([separator ?? ",", line], items.map(sequence))]),
    trailingSeparator(node.open, separator, items),
    pad,
    node.close,
  ]);
}

/**
 * What ends the last item of a broken list: `;` in a type literal, `,` in other lists but
 * type arguments (which may not have one) and lists ending in a rest element; none
 * after a lone `{ item }`, which may be a type or an object.
 */
function trailingSeparator(open: string, separator: string | undefined, items: readonly Node[][]): Doc {
  if (separator === ";") {
    return ifBreak(";");
  }
  const last = items.at(-1)?.[0];
  const rest = last?.kind === "text" && last.text.startsWith("...");
  const loneBrace = separator === undefined && open === "{";
  // A rest element (`{ a, ...rest } = x`) may not be followed by a comma.
  return loneBrace || open === "<" || rest ? "" : ifBreak(",");
}

function splitAt(nodes: readonly Node[], at: (node: Node) => boolean): Node[][] {
  const parts: Node[][] = [[]];
  for (const node of nodes) {
    if (at(node)) {
      parts.push([]);
    } else {
      parts.at(-1)?.push(node);
    }
  }
  return parts;
}

/** Without leading and trailing blanks. */
function trim(nodes: readonly Node[]): Node[] {
  const out = nodes.map((n) => n);
  const first = out[0];
  if (first?.kind === "text" && !first.atom) {
    out[0] = { ...first, text: first.text.trimStart() };
  }
  const last = out.at(-1);
  if (last?.kind === "text" && !last.atom) {
    out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return out.filter((n) => !(n.kind === "text" && n.text === ""));
}
