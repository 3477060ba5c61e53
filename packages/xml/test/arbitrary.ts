/**
 * fast-check arbitraries of values valid for a mapping: what the round-trip law
 * `decodeXml(encodeXml(v, m), m) = v` quantifies over.
 *
 * Values the wire cannot tell apart are left out, as documented on the mapping types:
 * `""` where a string is nullable, and a nullable object with nothing to write (both are
 * an empty element, which reads back as null).
 */
import fc from "fast-check";
import type { NodeMapping, ObjectMapping, ScalarMapping, XmlMapping } from "../src/index.js";
import { isDangerousName } from "../src/names.js";
import { type Definitions, inlineObject, resolve } from "../src/resolve.js";

/** Recursive mappings stop growing below this depth (optional properties absent, arrays empty). */
const MAX_DEPTH = 4;

/** One character or a fragment that escaping must get right. */
const xmlUnit: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.constantFrom("<", ">", "&", '"', "'", "]]>", "-->", "<!--", "<![CDATA[", "&amp;", "&#186;", "&lt;"),
  },
  { weight: 2, arbitrary: fc.constantFrom(" ", "\t", "\n", "\r", "\r\n", "\u00a0") },
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    // Every XML character outside ASCII, astral planes included (as surrogate pairs).
    arbitrary: fc
      .oneof(
        fc.integer({ min: 0x80, max: 0xd7ff }),
        fc.integer({ min: 0xe000, max: 0xfffd }),
        fc.integer({ min: 0x10000, max: 0x10ffff }),
      )
      .map((cp) => String.fromCodePoint(cp)),
  },
);

/** Any string XML 1.0 can carry: unicode, markup characters, `]]>`, `-->`, leading/trailing whitespace. */
export const xmlString: fc.Arbitrary<string> = fc.string({ unit: xmlUnit, maxLength: 12 });

const decimalString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom("", "-"), fc.stringMatching(/^\d{1,7}$/), fc.constantFrom("", ".", ".0", ".50", ".125", ".1"))
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction}`);

function scalar(mapping: ScalarMapping, nullable: boolean): fc.Arbitrary<unknown> {
  if (mapping.enum !== undefined) {
    return fc.constantFrom(...mapping.enum);
  }
  switch (mapping.type) {
    case "string":
      return nullable ? xmlString.filter((s) => s !== "") : xmlString;
    case "decimal-string":
      return decimalString;
    case "integer":
      return fc.oneof(fc.maxSafeInteger(), fc.integer({ min: -1000, max: 1000 }), fc.constant(-0));
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
  }
}

const genericKey: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z_][a-z0-9_.-]{0,6}$/)
  .filter((k) => !isDangerousName(k));

/** Free-form values as the decoder produces them for unknown elements (objects never empty). */
export const genericValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthIdentifier: "generic" },
    xmlString,
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(genericKey, tie("value"), { minKeys: 1, maxKeys: 3 }),
  ),
})).value;

/** Extra properties for a mapped object: generic values under names the mapping does not claim. */
export function extraProperties(mapping: ObjectMapping): fc.Arbitrary<Record<string, unknown>> {
  const claimed = new Set(mapping.properties.flatMap((p) => [p.name, p.xmlName ?? p.name]));
  return fc.dictionary(
    genericKey.filter((k) => !claimed.has(k)),
    genericValue,
    { maxKeys: 3 },
  );
}

function object(
  mapping: ObjectMapping,
  nullable: boolean,
  definitions: Definitions,
  depth: number,
): fc.Arbitrary<unknown> {
  // Nothing could be written below the depth cap: the only distinguishable value is null.
  if (nullable && (depth >= MAX_DEPTH || mapping.properties.length === 0)) {
    return fc.constant(null);
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const p of mapping.properties) {
    if (p.as === "inline") {
      // No element of its own: it reads back only when it writes at least one element.
      if (depth < MAX_DEPTH) {
        model[p.name] = nonEmptyObject(inlineObject(p.node, definitions, p.name), definitions, depth);
      }
    } else if (p.as === "repeated") {
      // No element of its own: absent and empty are the same, so always present.
      required.push(p.name);
      model[p.name] =
        depth >= MAX_DEPTH ? fc.constant([]) : fc.array(node(p.node, definitions, depth + 1), { maxLength: 3 });
    } else if (depth < MAX_DEPTH) {
      model[p.name] = node(p.node, definitions, depth + 1);
    }
  }
  const record = fc.record(model, { requiredKeys: required });
  return nullable ? record.filter((value) => writesSomething(mapping, value)) : record;
}

/** An object value that puts at least one element or attribute on the wire. */
function nonEmptyObject(mapping: ObjectMapping, definitions: Definitions, depth: number): fc.Arbitrary<unknown> {
  return (object(mapping, false, definitions, depth + 1) as fc.Arbitrary<Record<string, unknown>>).filter((value) =>
    writesSomething(mapping, value),
  );
}

function writesSomething(mapping: ObjectMapping, value: Record<string, unknown>): boolean {
  return mapping.properties.some((p) => {
    const v = value[p.name];
    return p.as === "repeated" ? Array.isArray(v) && v.length > 0 : v !== undefined;
  });
}

function node(mapping: NodeMapping, definitions: Definitions, depth: number): fc.Arbitrary<unknown> {
  const { node: resolved, nullable } = resolve(mapping, definitions);
  let value: fc.Arbitrary<unknown>;
  switch (resolved.kind) {
    case "any":
      return genericValue;
    case "scalar":
      value = scalar(resolved, nullable);
      break;
    case "union":
      value = fc.oneof(...resolved.of.map((member) => scalar(member, nullable)));
      break;
    case "object":
      value = object(resolved, nullable, definitions, depth);
      break;
    case "array":
      value =
        depth >= MAX_DEPTH ? fc.constant([]) : fc.array(node(resolved.items, definitions, depth + 1), { maxLength: 3 });
      break;
  }
  return nullable ? fc.option(value, { nil: null, freq: 5 }) : value;
}

/** Values valid for `mapping`, as the generated types would allow them. */
export function arbitraryFor(mapping: XmlMapping): fc.Arbitrary<unknown> {
  let value = node(mapping.node, mapping.definitions ?? {}, 0);
  const { rootProperty } = mapping;
  if (rootProperty !== undefined) {
    value = value.map((v) => ({ [rootProperty]: v }));
  }
  return mapping.allowEmpty === true ? fc.option(value, { nil: undefined, freq: 10 }) : value;
}
