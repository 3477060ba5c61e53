import { printDoc, WIDTH } from "./layout.js";
import { lineDoc } from "./type-layout.js";

/**
 * Lays out a generated file at `width` columns: a code line that is too long is broken at
 * its brackets, unions and conditionals (type-layout.ts), a doc comment line is wrapped at
 * its spaces. Lines that fit are left as they are, so the printers' output is unchanged
 * wherever it was already short. What cannot be broken stays long: a single word, string
 * or URL wider than the line, a line of a fenced code example, a Markdown table row.
 */
export function layoutText(text: string, width = WIDTH): string {
  const out: string[] = [];
  let inComment = false;
  let inFence = false;
  for (const current of text.split("\n")) {
    const trimmed = current.trimStart();
    const opensComment = !inComment && trimmed.startsWith("/**");
    if (opensComment && !trimmed.includes("*/")) {
      inComment = true;
      inFence = false;
    }
    if (inComment || opensComment) {
      if (trimmed.includes("```") && /^\s*\*\s*```/.test(current)) {
        inFence = !inFence;
      }
      out.push(...(inFence || current.length <= width ? [current] : wrapComment(current, width)));
      if (trimmed.includes("*/")) {
        inComment = false;
      }
      continue;
    }
    out.push(current.length <= width || trimmed.startsWith("//") ? current : layoutLine(current, width));
  }
  return out.join("\n");
}

/** One code line broken to fit, or the line as it was when it cannot be understood. */
export function layoutLine(text: string, width = WIDTH): string {
  const indentation = /^\s*/.exec(text)?.[0] ?? "";
  const doc = lineDoc(text.slice(indentation.length));
  return doc === undefined ? text : printDoc(doc, indentation, width);
}

/** A doc comment line (or a one-line `/** … *\/`) wrapped at its spaces, each line keeping its ` * ` prefix. */
function wrapComment(text: string, width: number): string[] {
  const single = /^(\s*)\/\*\*\s(.*?)\s*\*\/$/.exec(text);
  if (single) {
    const [, indentation = "", body = ""] = single;
    return [`${indentation}/**`, ...wrapComment(`${indentation} * ${body}`, width), `${indentation} */`];
  }
  const match = /^(\s*\*\s+)(.*)$/.exec(text);
  if (!match || /^\|/.test(match[2] ?? "")) {
    return [text];
  }
  const [, prefix = "", body = ""] = match;
  const lines: string[] = [];
  let current = "";
  for (const word of words(body)) {
    if (current !== "" && prefix.length + current.length + 1 + word.length > width) {
      lines.push(`${prefix}${current}`);
      current = word;
    } else {
      current = current === "" ? word : `${current} ${word}`;
    }
  }
  lines.push(`${prefix}${current}`);
  return lines;
}

/**
 * The words of a line; an inline tag (`{@link Target text}`) and a code span (`` `a: b` ``)
 * are one word each, never split over lines. A backtick left unclosed on the line joins nothing.
 */
function words(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(" ")) {
    const last = out.at(-1);
    if (last !== undefined && (opensTag(last) || opensCodeSpan(last))) {
      out[out.length - 1] = `${last} ${word}`;
    } else {
      out.push(word);
    }
  }
  const last = out.at(-1);
  return last !== undefined && opensCodeSpan(last) ? [...out.slice(0, -1), ...last.split(" ")] : out;
}

function opensTag(word: string): boolean {
  return word.includes("{@") && !word.includes("}");
}

function opensCodeSpan(word: string): boolean {
  return word.split("`").length % 2 === 0;
}
