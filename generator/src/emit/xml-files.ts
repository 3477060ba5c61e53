import { GENERATED_FILE_NAMES } from "../ir/names.js";
import type { ApiIR, MediaIR, OperationIR } from "../ir/types.js";
import { isXmlMedia } from "../media-types.js";
import { refsOf } from "./component-schemas.js";
import { constDeclaration } from "./const-statement.js";
import { docComment } from "./doc-comment.js";
import { Code, code, flatSource, type LiteralValue } from "./literal-writer.js";
import { type SharedConst, shareRepeatedValues, type ValuePath } from "./shared-values.js";
import { sourceText } from "./source-text.js";
import { valueNamer } from "./value-names.js";
import { bodyMapping, nodeMapping } from "./xml-mapping.js";

/** Mappings print at the width a formatter would use; a node that fits stays on one line. */
const WIDTH = 120;
/** A repeated node shorter than this is clearer written out than named (scalar nodes are always named). */
const MIN_SHARED_LENGTH = 48;
/** A property is named only when long: most are a name and a node, shorter than a const's name. */
const MIN_SHARED_PROPERTY_LENGTH = 100;

/**
 * The mapping's name for one XML body: the component schema it is (`InvoiceBody`), so every
 * operation with that body shares one mapping; `<operationId>.<request | status>` for a body
 * schema written inline.
 */
export function xmlMappingName(operation: OperationIR, where: "request" | string, media: MediaIR): string {
  return media.schema?.kind === "ref" ? media.schema.name : `${operation.id}.${where}`;
}

/** Every XML body of the API with its schema, by mapping name. */
export function xmlBodies(api: ApiIR): Map<string, MediaIR> {
  const bodies = new Map<string, MediaIR>();
  for (const operation of api.operations) {
    for (const media of operation.requestBody?.media ?? []) {
      if (isXmlMedia(media.mediaType) && media.schema) {
        bodies.set(xmlMappingName(operation, "request", media), media);
      }
    }
    for (const response of operation.responses) {
      for (const media of response.media) {
        if (isXmlMedia(media.mediaType) && media.schema) {
          bodies.set(xmlMappingName(operation, response.status, media), media);
        }
      }
    }
  }
  return bodies;
}

/**
 * `xml-mappings.gen.ts`: the codec mapping of every XML body, derived from the schemas and
 * their `xml` objects: one per body schema, each component schema once in `definitions`,
 * each repeated node (`{ kind: "scalar", type: "string" }`) once as a const. Loaded only by
 * the XML codec, on the first XML call.
 */
export function emitXmlMappingsFile(api: ApiIR, header: string): string {
  const components = new Map(api.schemas.map((s) => [s.name, s]));
  const bodies = xmlBodies(api);
  const used = reachableComponents(
    [...bodies.values()].flatMap((m) => (m.schema ? [...refsOf(m.schema)] : [])),
    components,
  );
  const definitions = [...used].sort().map((name) => ({
    label: name,
    group: "definitions",
    value: nodeMapping(components.get(name)!.schema) as LiteralValue,
  }));
  const mappings = [...bodies]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, media]) => ({
      label: name,
      group: "xmlMappings",
      value: bodyMapping(media.schema!, components) as unknown as LiteralValue,
    }));
  const name = valueNamer([...GENERATED_FILE_NAMES, "definitions", "xmlMappings", "NodeMapping", "XmlMappingTable"]);
  const shared = shareRepeatedValues([...definitions, ...mappings], {
    worthSharing: (value, path) => {
      if (Array.isArray(value) || value instanceof Code) {
        return false;
      }
      // Only nodes and properties are shared: a body's mapping (root + node) is completed
      // with `definitions` below, so it must stay a literal even when two bodies are equal.
      if (!isNode(value) && path.at(-2) !== "properties") {
        return false;
      }
      if (isScalarNode(value)) {
        return true;
      }
      const min = path.at(-2) === "properties" ? MIN_SHARED_PROPERTY_LENGTH : MIN_SHARED_LENGTH;
      return flatSource(value, min) === undefined;
    },
    nameFor: (value, path) => name(...nodeName(value, path)),
  });
  const sharedDefinitions = shared.roots.filter((root) => root.group === "definitions");
  const sharedMappings = shared.roots.filter((root) => root.group === "xmlMappings");
  const propertyImport = shared.consts.some(isPropertyConst) ? ", PropertyMapping" : "";
  return sourceText(
    header,
    [`import type { NodeMapping${propertyImport}, XmlMappingTable } from "@billforge/xml";`],
    [
      ...shared.consts.map((c) =>
        constDeclaration({
          name: c.name,
          type: isPropertyConst(c) ? "PropertyMapping" : "NodeMapping",
          exported: false,
          initializer: c.value,
          width: WIDTH,
        }),
      ),
      constDeclaration({
        name: "definitions",
        exported: false,
        type: "Readonly<Record<string, NodeMapping>>",
        docs: "Component schemas as XML nodes, shared by every body that refers to them.",
        initializer: Object.fromEntries(sharedDefinitions.map((d) => [d.label, d.value])),
        width: WIDTH,
      }),
      constDeclaration({
        name: "xmlMappings",
        type: "XmlMappingTable",
        docs: "Every XML body of the API, by its component schema (`<operationId>.<request | status>` when inline).",
        initializer: Object.fromEntries(
          sharedMappings.map((m) => [m.label, { ...(m.value as object), definitions: code("definitions") }]),
        ),
        width: WIDTH,
      }),
    ],
  );
}

function isNode(value: LiteralValue): boolean {
  return typeof (value as { kind?: unknown } | null)?.kind === "string";
}

function isScalarNode(value: LiteralValue): boolean {
  return (value as { kind?: unknown } | null)?.kind === "scalar";
}

/** A property of an object node: `[…, "properties", "3"]`. */
function isPropertyConst(shared: SharedConst): boolean {
  return shared.path.at(-2) === "properties";
}

/** Subject words and kind for a shared node's name: `stringNode`, `jsonXmlEnum`, `errorListNode`, `idProperty`. */
function nodeName(value: LiteralValue, path: ValuePath): [subject: string[], kind: string] {
  const node = value as { kind?: string; type?: string; nullable?: boolean; enum?: unknown[]; name?: string };
  const nullable = node.nullable ? "nullable" : "";
  if (path.at(-2) === "properties") {
    return [[node.name ?? ""], "property"];
  }
  switch (node.kind) {
    case "scalar":
      return node.enum
        ? [
            [nullable, /^[A-Za-z]/.test(String(node.enum[0])) ? "" : "values", ...node.enum.slice(0, 2).map(String)],
            "enum",
          ]
        : [[nullable, node.type ?? ""], "node"];
    case "ref":
      return [[nullable, String((value as { ref?: string }).ref)], "ref"];
    case "array":
      return [[nullable, String((value as { itemName?: string }).itemName)], "list node"];
    default:
      return [[nullable, path[0] ?? "", node.kind ?? ""], "node"];
  }
}

/**
 * `xml-codec.gen.ts`: the body codec for XML media types. It imports `@billforge/xml`
 * (and the mappings) dynamically on first use, so a program that only speaks JSON never
 * loads fast-xml-parser.
 */
export function emitXmlCodecFile(header: string): string {
  return sourceText(
    header,
    ['import type { BodyCodec, MediaDescriptor } from "@billforge/runtime";'],
    [
      `${docComment("The codec engine and the mappings, imported once, on the first XML body (again after a failed import).")}let modules: Promise<[typeof import("@billforge/xml"), typeof import("./xml-mappings.gen.js")]> | undefined;`,
      [
        "async function mappingFor(media: MediaDescriptor) {",
        '  modules ??= Promise.all([import("@billforge/xml"), import("./xml-mappings.gen.js")]).catch((error: unknown) => {',
        "    modules = undefined;",
        "    throw error;",
        "  });",
        "  const [codec, { xmlMappings }] = await modules;",
        "  const mapping = media.xmlMapping === undefined ? undefined : xmlMappings[media.xmlMapping];",
        "  if (mapping === undefined) {",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal of the generated source
        '    throw new Error(`no XML mapping for ${media.mediaType} body ${media.xmlMapping ?? "(unnamed)"}`);',
        "  }",
        "  return { codec, mapping };",
        "}",
      ].join("\n"),
      constDeclaration({
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
    ],
  );
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
