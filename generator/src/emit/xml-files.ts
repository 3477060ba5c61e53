import type { Project } from "ts-morph";
import type { ApiIR, MediaIR, OperationIR } from "../ir/types.js";
import { isXmlMedia } from "../media-types.js";
import { refsOf } from "./component-schemas.js";
import { constStatement } from "./const-statement.js";
import { code } from "./literal-writer.js";
import { printSourceFile } from "./source-project.js";
import { bodyMapping, type NodeMapping, nodeMapping } from "./xml-mapping.js";

const DEFINITIONS = "\u0000definitions\u0000";

/** The mapping's name for one XML body: `getInvoice.200`, `updateAccount.request`. */
export function xmlMappingName(operation: OperationIR, where: "request" | string): string {
  return `${operation.id}.${where}`;
}

/** Every XML body of the API with its schema, by mapping name. */
export function xmlBodies(api: ApiIR): Map<string, MediaIR> {
  const bodies = new Map<string, MediaIR>();
  for (const operation of api.operations) {
    for (const media of operation.requestBody?.media ?? []) {
      if (isXmlMedia(media.mediaType) && media.schema) {
        bodies.set(xmlMappingName(operation, "request"), media);
      }
    }
    for (const response of operation.responses) {
      for (const media of response.media) {
        if (isXmlMedia(media.mediaType) && media.schema) {
          bodies.set(xmlMappingName(operation, response.status), media);
        }
      }
    }
  }
  return bodies;
}

/**
 * `xml-mappings.gen.ts`: the codec mapping of every XML body, derived from the schemas and
 * their `xml` objects. Loaded only by the XML codec, on the first XML call.
 */
export function emitXmlMappingsFile(project: Project, api: ApiIR, header: string): string {
  const components = new Map(api.schemas.map((s) => [s.name, s]));
  const bodies = xmlBodies(api);
  const used = reachableComponents(
    [...bodies.values()].flatMap((m) => (m.schema ? [...refsOf(m.schema)] : [])),
    components,
  );
  const definitions: Record<string, NodeMapping> = {};
  for (const name of [...used].sort()) {
    definitions[name] = nodeMapping(components.get(name)!.schema);
  }
  // Every mapping shares the one `definitions` object: a placeholder marks where it goes.
  const table = Object.fromEntries(
    [...bodies].map(([name, media]) => [name, { ...bodyMapping(media.schema!, components), definitions: DEFINITIONS }]),
  );
  const tableText = JSON.stringify(table, null, 2).replaceAll(JSON.stringify(DEFINITIONS), "definitions");
  return printSourceFile(project, "xml-mappings.gen.ts", header, [
    'import type { NodeMapping, XmlMappingTable } from "@billforge/xml";',
    constStatement({
      name: "definitions",
      exported: false,
      type: "Readonly<Record<string, NodeMapping>>",
      docs: "Component schemas as XML nodes, shared by every body that refers to them.",
      initializer: code(JSON.stringify(definitions, null, 2)),
    }),
    constStatement({
      name: "xmlMappings",
      type: "XmlMappingTable",
      docs: "Every XML body of the API, by `<operationId>.<request | status>`.",
      initializer: code(tableText),
    }),
  ]);
}

/**
 * `xml-codec.gen.ts`: the body codec for XML media types. It imports `@billforge/xml`
 * (and the mappings) dynamically on first use, so a program that only speaks JSON never
 * loads fast-xml-parser.
 */
export function emitXmlCodecFile(project: Project, header: string): string {
  return printSourceFile(project, "xml-codec.gen.ts", header, [
    'import type { BodyCodec, MediaDescriptor } from "@billforge/runtime";',
    "",
    "/** The codec engine and the mappings, imported once, on the first XML body (again after a failed import). */",
    'let modules: Promise<[typeof import("@billforge/xml"), typeof import("./xml-mappings.gen.js")]> | undefined;',
    "",
    "async function mappingFor(media: MediaDescriptor) {",
    '  modules ??= Promise.all([import("@billforge/xml"), import("./xml-mappings.gen.js")]).catch((error: unknown) => {',
    "    modules = undefined;",
    "    throw error;",
    "  });",
    "  const [codec, { xmlMappings }] = await modules;",
    "  const mapping = media.xmlMapping === undefined ? undefined : xmlMappings[media.xmlMapping];",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the generated source
    '  if (mapping === undefined) throw new Error(`no XML mapping for ${media.mediaType} body ${media.xmlMapping ?? "(unnamed)"}`);',
    "  return { codec, mapping };",
    "}",
    constStatement({
      name: "xmlCodec",
      type: "BodyCodec",
      docs: "Encodes and decodes XML bodies by the mapping derived from the spec.",
      initializer: code(`{
  mediaTypes: ["application/xml", "text/xml"],
  // encodeXml writes a UTF-8 declaration; the header says so too.
  charset: "utf-8",
  async encode(value, media) {
    const { codec, mapping } = await mappingFor(media);
    return codec.encodeXml(value, mapping);
  },
  async decode(text, media) {
    const { codec, mapping } = await mappingFor(media);
    return codec.decodeXml(text, mapping);
  },
}`),
    }),
  ]);
}

function reachableComponents(
  start: readonly string[],
  components: ReadonlyMap<string, { schema: Parameters<typeof refsOf>[0] }>,
) {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name) || !components.has(name)) {
      continue;
    }
    seen.add(name);
    stack.push(...refsOf(components.get(name)!.schema));
  }
  return seen;
}
