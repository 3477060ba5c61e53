import { type Document, isCollection, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { startsLikeJson } from "./json-document.js";
import { jsonOffsets, lineColumn, lineStartsOf } from "./json-positions.js";
import { fromPointer } from "./pointer.js";

/** Maps JSON pointers of a YAML file to line and column, for diagnostics. */
export interface SourceMap {
  readonly file: string;
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  position(pointer: string): { line: number; column: number };
}

/**
 * A source map that does its work only when the first position is asked for: a clean spec
 * never needs one. JSON text is scanned along each pointer's path (see json-positions.ts);
 * anything else, or JSON the scanner refuses, is parsed once as YAML with positions, which
 * is several times slower and holds a node per value.
 */
export function lazySourceMap(file: string, text: string): SourceMap {
  let json = startsLikeJson(text);
  let parsed: SourceMap | undefined;
  return {
    file,
    position(pointer) {
      if (json) {
        try {
          parsed ??= jsonSourceMap(file, text);
          return parsed.position(pointer);
        } catch {
          // Not strict JSON after all (YAML flow syntax, a comment): the YAML parser knows.
          json = false;
          parsed = undefined;
        }
      }
      parsed ??= parseYamlWithPositions(file, text);
      return parsed.position(pointer);
    },
  };
}

/** Positions found by scanning JSON text; throws on text that is not strict JSON. */
export function jsonSourceMap(file: string, text: string): SourceMap {
  const offsets = jsonOffsets(text);
  let lineStarts: number[] | undefined;
  return {
    file,
    position(pointer) {
      const offset = offsets.offset(fromPointer(pointer));
      lineStarts ??= lineStartsOf(text);
      return lineColumn(lineStarts, offset);
    },
  };
}

export function parseYamlWithPositions(file: string, text: string): SourceMap & { readonly document: Document.Parsed } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: true, prettyErrors: true });
  return {
    file,
    document,
    position(pointer) {
      let node: unknown = document.contents;
      let offset = 0;
      for (const segment of fromPointer(pointer)) {
        if (!isCollection(node)) {
          break;
        }
        // Sequences take an index; a mapping's key may be the string or, unquoted in YAML
        // (`200:`), the number.
        const numeric = /^\d+$/.test(segment);
        const pair = isSeq(node)
          ? node.get(numeric ? Number(segment) : segment, true)
          : (node.get(segment, true) ?? (numeric ? node.get(Number(segment), true) : undefined));
        if (pair === undefined) {
          break;
        }
        node = pair;
        if (isScalar(node) || isCollection(node)) {
          offset = node.range?.[0] ?? offset;
        }
      }
      if (offset === 0 && (isCollection(document.contents) || isScalar(document.contents))) {
        offset = document.contents.range?.[0] ?? 0;
      }
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}
