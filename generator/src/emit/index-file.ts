import type { ApiIR } from "../ir/types.js";
import type { ExportedNames } from "./exported-names.js";
import { sourceText } from "./source-text.js";

/** Runtime names a user of the package needs without depending on the runtime directly. */
const RUNTIME_VALUES = [
  "AbortError",
  "AuthenticationError",
  "ApiError",
  "BillforgeError",
  "ConfigurationError",
  "ConnectionError",
  "RequestValidationError",
  "ResponseValidationError",
  "TimeoutError",
];
const RUNTIME_TYPES = ["CallOptions", "ClientCore", "Logger", "SafeResult", "ValidationMode"];

/** `index.gen.ts`: the package's public surface. */
export function emitIndexFile(api: ApiIR, names: ExportedNames, header: string): string {
  const runtime = [...RUNTIME_VALUES, ...RUNTIME_TYPES.map((t) => `type ${t}`)].join(", ");
  return sourceText(
    header,
    [
      `export { ${runtime} } from "@billforge/runtime";`,
      `export { ${names.apiDescriptor} } from "./api.gen.js";`,
      `export { ${names.createClient}, ${names.createCore}, type ${names.client}, type ${names.clientOptions}, type ${names.safeClient} } from "./client.gen.js";`,
      `export { ${names.apiError}, type ${names.errorBodies}, type ${names.errorBody}, ${names.isApiError} } from "./errors.gen.js";`,
      'export * from "./functions.gen.js";',
      'export type { components, paths } from "./openapi.gen.js";',
      'export * from "./operations.gen.js";',
      ...(api.schemas.length > 0 ? ['export * as schemas from "./schemas.gen.js";'] : []),
      'export type * from "./types.gen.js";',
    ],
    [],
  );
}
