import { BaseResolver, type Document, isAbsoluteUrl, ResolveError, type Source } from "@redocly/openapi-core";
import { escapeExampleRefs } from "./example-refs.js";
import { NOT_JSON, parseJsonDocument } from "./json-document.js";
import { unlinkRefCycles } from "./ref-cycles.js";
import { unlinkRefsThroughNull } from "./refs-through-null.js";

/** The files redocly's resolver parses (others, unless the root, stay text). */
const PARSED_EXTENSIONS = new Set([".json", ".yml", ".yaml"]);

/**
 * redocly's resolver, with three differences: a `$ref` to a URL is refused, never fetched
 * (nothing in a spec makes the generator touch the network); every file's example data is
 * set apart before the bundler could follow a `$ref` inside it; a `$ref` that would make
 * the resolver crash is made plainly unresolvable (refs-through-null.ts, ref-cycles.ts). JSON files are
 * parsed with `JSON.parse` (json-document.ts).
 */
export class OfflineResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) {
      throw new ResolveError(
        new Error(`${absoluteRef} is a URL: billforge reads local files only (download it and $ref it by path)`),
      );
    }
    return super.loadExternalRef(absoluteRef);
  }

  override parseDocument(source: Source, isRoot = false): Document {
    const document = parseJson(source, isRoot) ?? super.parseDocument(source, isRoot);
    const refHolders = escapeExampleRefs(document.parsed);
    unlinkRefsThroughNull(document.parsed, refHolders);
    unlinkRefCycles(document.parsed, refHolders);
    return document;
  }
}

function parseJson(source: Source, isRoot: boolean): Document | undefined {
  const ref = source.absoluteRef;
  const parsedByRedocly =
    isRoot || PARSED_EXTENSIONS.has(ref.slice(ref.lastIndexOf("."))) || /json|yaml|openapi/.test(source.mimeType ?? "");
  if (!parsedByRedocly || typeof source.body !== "string") {
    return undefined;
  }
  const parsed = parseJsonDocument(source.body);
  return parsed === NOT_JSON ? undefined : { source, parsed };
}
