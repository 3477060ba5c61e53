import { BaseResolver, type Document, isAbsoluteUrl, ResolveError, type Source } from "@redocly/openapi-core";
import { escapeExampleRefs } from "./example-refs.js";

/**
 * redocly's resolver, with two differences: a `$ref` to a URL is refused, never fetched
 * (nothing in a spec makes the generator touch the network), and every file's example
 * data is set apart before the bundler could follow a `$ref` inside it.
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
    const document = super.parseDocument(source, isRoot);
    escapeExampleRefs(document.parsed);
    return document;
  }
}
