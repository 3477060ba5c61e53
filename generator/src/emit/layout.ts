/**
 * A small Prettier-style printer (Wadler's "prettier printer"): text is described as a
 * document of groups that print on one line when they fit and break their lines otherwise.
 * type-layout.ts turns a line of generated code into such a document; layoutText() runs
 * every line of a generated file through it so no line passes WIDTH when it can be broken.
 */

/** The width every generated file is laid out to. */
export const WIDTH = 120;
/** One level of indentation in every generated file. */
export const INDENT = "  ";

export type Doc =
  | string
  | readonly Doc[]
  | { readonly kind: "group"; readonly contents: Doc }
  | { readonly kind: "indent"; readonly contents: Doc }
  | { readonly kind: "line"; readonly soft: boolean }
  | { readonly kind: "ifBreak"; readonly broken: Doc; readonly flat: Doc };

/** Prints `contents` on one line when it fits, else breaks each of its own lines. */
export const group = (contents: Doc): Doc => ({ kind: "group", contents });
/** Lines broken inside `contents` are indented one level more. */
export const indent = (contents: Doc): Doc => ({ kind: "indent", contents });
/** A space on one line, a line break when its group breaks. */
export const line: Doc = { kind: "line", soft: false };
/** Nothing on one line, a line break when its group breaks. */
export const softline: Doc = { kind: "line", soft: true };
/** `broken` when the enclosing group breaks, else `flat`. */
export const ifBreak = (broken: Doc, flat: Doc = ""): Doc => ({ kind: "ifBreak", broken, flat });

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((doc, i) => (i === 0 ? [doc] : [separator, doc]));
}

type Mode = "flat" | "break";
interface Command {
  readonly indentation: string;
  readonly mode: Mode;
  readonly doc: Doc;
}

/**
 * Prints a document starting at `indentation` (the column it starts at). A group breaks
 * when it and the rest of its line do not fit in `width`; "the rest of its line" ends at
 * the next possible break, except for a parenthesised list, which breaks before the text
 * that follows it does (parameters break before a return type).
 */
export function printDoc(doc: Doc, indentation: string, width = WIDTH): string {
  const out: string[] = [indentation];
  let column = indentation.length;
  const stack: Command[] = [{ indentation, mode: "break", doc }];
  while (stack.length > 0) {
    const { indentation: ind, mode, doc: current } = stack.pop() as Command;
    if (typeof current === "string") {
      out.push(current);
      column += current.length;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ indentation: ind, mode, doc: current[i] as Doc });
      }
    } else {
      const node = current as Exclude<Doc, string | readonly Doc[]>;
      switch (node.kind) {
        case "indent":
          stack.push({ indentation: ind + INDENT, mode, doc: node.contents });
          break;
        case "group": {
          const flat = { indentation: ind, mode: "flat" as const, doc: node.contents };
          const restFlat = startsWithParen(node.contents);
          stack.push(
            mode === "flat" || fits(flat, stack, width - column, restFlat) ? flat : { ...flat, mode: "break" },
          );
          break;
        }
        case "line":
          if (mode === "flat") {
            if (!node.soft) {
              out.push(" ");
              column += 1;
            }
          } else {
            trimEnd(out);
            out.push(`\n${ind}`);
            column = ind.length;
          }
          break;
        case "ifBreak":
          stack.push({ indentation: ind, mode, doc: mode === "break" ? node.broken : node.flat });
          break;
      }
    }
  }
  return out.join("");
}

/** Whether `next` flat, then the rest up to its next line break, takes at most `remaining` columns. */
function fits(next: Command, rest: readonly Command[], remaining: number, restFlat: boolean): boolean {
  const pending: { mode: Mode; doc: Doc }[] = [{ mode: "flat", doc: next.doc }];
  let restIndex = rest.length;
  let left = remaining;
  while (left >= 0) {
    const command = pending.pop();
    if (command === undefined) {
      if (restIndex === 0) {
        return true;
      }
      const following = rest[--restIndex] as Command;
      pending.push({ mode: following.mode, doc: following.doc });
      continue;
    }
    const { mode, doc } = command;
    if (typeof doc === "string") {
      left -= doc.length;
    } else if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) {
        pending.push({ mode, doc: doc[i] as Doc });
      }
    } else {
      const node = doc as Exclude<Doc, string | readonly Doc[]>;
      switch (node.kind) {
        case "indent":
          pending.push({ mode, doc: node.contents });
          break;
        case "group":
          // A group after this one is not decided yet: flat when measuring a parenthesised list.
          pending.push({ mode: restFlat ? "flat" : mode, doc: node.contents });
          break;
        case "line":
          if (mode === "break") {
            return true;
          }
          left -= node.soft ? 0 : 1;
          break;
        case "ifBreak":
          pending.push({ mode, doc: mode === "break" ? node.broken : node.flat });
          break;
      }
    }
  }
  return false;
}

function startsWithParen(doc: Doc): boolean {
  const first = Array.isArray(doc) ? doc[0] : doc;
  return first === "(";
}

function trimEnd(out: string[]): void {
  const last = out.length - 1;
  out[last] = (out[last] as string).replace(/[ \t]+$/, "");
}
