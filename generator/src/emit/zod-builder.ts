/**
 * Generated files build schemas with the runtime's schema builders: zod's tree-shakeable
 * functions (`zod/mini`) typed without zod's inference, imported as one namespace so a
 * bundler keeps only the builders used. The types zod would infer for each shape are never
 * used (every schema is a `LazySchema`), and computing them was most of a generated
 * package's type-check time.
 */
export const ZOD_IMPORT = 'import * as z from "@billforge/runtime/schema-builder";';
