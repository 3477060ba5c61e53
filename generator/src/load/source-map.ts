import { type Document, isCollection, isScalar, LineCounter, parseDocument } from "yaml";
import { fromPointer } from "./pointer.js";

/** Maps JSON pointers of a YAML file to line and column, for diagnostics. */
export interface SourceMap {
  readonly file: string;
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  position(pointer: string): { line: number; column: number };
}

/**
 * A source map that parses `text` only when the first position is asked for. Parsing
 * with positions is several times slower than the parse the document comes from, and a
 * clean spec never needs a position.
 */
export function lazySourceMap(file: string, text: string): SourceMap {
  let parsed: SourceMap | undefined;
  return {
    file,
    position(pointer) {
      parsed ??= parseYamlWithPositions(file, text);
      return parsed.position(pointer);
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
        if (!isCollection(node)) break;
        const key = /^\d+$/.test(segment) && node.items.length > Number(segment) ? Number(segment) : segment;
        const pair = node.get(key, true);
        if (pair === undefined) break;
        node = pair;
        if (isScalar(node) || isCollection(node)) offset = node.range?.[0] ?? offset;
      }
      if (offset === 0 && (isCollection(document.contents) || isScalar(document.contents))) {
        offset = document.contents.range?.[0] ?? 0;
      }
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}
