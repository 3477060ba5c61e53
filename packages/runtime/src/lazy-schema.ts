import type { LazySchema } from "./descriptors.js";
import type { BuiltSchema } from "./schema-builder.js";

/**
 * Wraps a schema factory so the schema is built on first use and then reused. Generated
 * packages declare every schema this way: importing a package builds nothing, and a
 * bundler can drop (with the `@__PURE__` annotation) the schemas no called operation needs.
 */
export function lazySchema(build: () => BuiltSchema): LazySchema {
  let schema: ReturnType<LazySchema> | undefined;
  return () => {
    // Every BuiltSchema is a zod/mini schema at run time (see schema-builder.ts).
    schema ??= build() as ReturnType<LazySchema>;
    return schema;
  };
}
