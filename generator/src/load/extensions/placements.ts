/** Where each `x-billforge-*` extension may appear (documented in specs/README.md). */
export const EXTENSION_PLACES = {
  info: ["x-billforge-name", "x-billforge-errors"],
  server: ["x-billforge-name"],
  serverVariable: ["x-billforge-placeholder"],
  securityScheme: ["x-billforge-options"],
  flow: ["x-billforge-token-request"],
  operation: ["x-billforge-idempotent", "x-billforge-idempotency-key", "x-billforge-pagination"],
  parameter: ["x-billforge-client-option"],
  xml: ["x-billforge-node-type", "x-billforge-optional-wrapper"],
} as const;

export const IDENTIFIER = /^[a-zA-Z_$][a-zA-Z0-9_$]*$/;
/** A JSON pointer into a body, e.g. `/error/code`. */
export const BODY_POINTER = /^(\/[^/]+)+$/;
/** A JSON pointer into a call's arguments, e.g. `/query/page`. */
export const ARG_POINTER = /^\/(query|body|path|headers)(\/[^/]+)+$/;
