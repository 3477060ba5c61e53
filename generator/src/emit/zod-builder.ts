/**
 * Generated files build schemas with zod seen through the runtime's `SchemaBuilder`
 * (`schemaBuilder(zod)` returns zod itself): zod's builders typed without its inference.
 * The types zod would infer for each shape are never used (every schema is a
 * `LazySchema`), and computing them was most of a generated package's type-check time.
 */
export const ZOD_IMPORT = 'import { z as zod } from "zod";';

/** After the imports: the `z` every schema expression is written against. */
export const ZOD_BUILDER = "\nconst z = /* @__PURE__ */ schemaBuilder(zod);";
