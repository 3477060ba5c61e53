/** Identifier helpers: every generated name comes from here, so naming stays consistent. */
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(text: string): string {
  const result = words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  return /^[0-9]/.test(result) ? `_${result}` : result || "_";
}

export function camelCase(text: string): string {
  const [first, ...rest] = words(text);
  if (first === undefined) {
    return "_";
  }
  // A leading acronym is lowered whole: `HTTPServer` → `httpServer`, not `hTTPServer`.
  const head = first === first.toUpperCase() ? first.toLowerCase() : first[0]!.toLowerCase() + first.slice(1);
  const tail = rest.length > 0 ? pascalCase(rest.join(" ")) : "";
  const result = /^[0-9]/.test(head) ? `_${head}${tail}` : `${head}${tail}`;
  return RESERVED.has(result) ? `${result}_` : result;
}

/**
 * Names the generated files declare or import themselves; a name derived from the spec
 * must never take one of them.
 */
export const GENERATED_FILE_NAMES: readonly string[] = [
  "components",
  "paths",
  "operations",
  "webhooks",
  "Readable",
  "Writable",
  "WithOptional",
  "LazySchema",
  "lazySchema",
  "OperationDescriptor",
  "ApiDescriptor",
  "ApiError",
  "CallOptions",
  "ClientCore",
  "ClientOptionsBase",
  "SafeResult",
  "createClientCore",
  "fns",
  "schemas",
  "types",
  "z",
];

export interface NameRegistry {
  /** `wanted`, or `wanted2`, `wanted3`… if taken; the result is taken from then on. */
  take(wanted: string): string;
  has(name: string): boolean;
}

/** Hands out identifiers that are unique within one generated file set. */
export function createNameRegistry(reserved: readonly string[] = GENERATED_FILE_NAMES): NameRegistry {
  const used = new Set<string>(reserved);
  return {
    take(wanted) {
      let name = wanted;
      for (let n = 2; used.has(name); n++) {
        name = `${wanted}${n}`;
      }
      used.add(name);
      return name;
    },
    has: (name) => used.has(name),
  };
}

/** A property key as TypeScript source: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
