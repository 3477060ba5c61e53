import { camelCase, createNameRegistry } from "../ir/names.js";

/** How many words of a subject a name keeps: `accountIdFormatPageParameters`, not the whole list. */
const MAX_SUBJECT_WORDS = 3;

/**
 * Readable, collision-free names for the consts of one generated file: `subject` words
 * (a component schema, the parameters' names) then what the value is (`media`,
 * `response401`, `example`), camel-cased; `2`, `3`… when taken. `reserved` are the
 * names the file declares or imports itself.
 */
export function valueNamer(reserved: Iterable<string>): (subject: readonly string[], kind: string) => string {
  const registry = createNameRegistry([...reserved]);
  return (subject, kind) => {
    const words = subject.filter((word) => word.length > 0).slice(0, MAX_SUBJECT_WORDS);
    return registry.take(camelCase([...words, kind].join(" ")));
  };
}

/** `schemas.AccountBodyInputSchema` → `AccountBodyInput`: the component a schema expression names. */
export function componentOfSchema(expression: string): string | undefined {
  const match = /\bschemas\.([A-Za-z0-9_$]+?)Schema\b/.exec(expression);
  return match?.[1];
}
