export { main } from "./cli.js";
export { type GeneratedFile, generatePackageSources } from "./emit/generate-package.js";
export { type GenerateOptions, type GenerateResult, type GenerateTarget, generateTarget } from "./generate.js";
export { buildIR } from "./ir/build-ir.js";
export type * from "./ir/types.js";
export { DIAGNOSTIC_CODES, type Diagnostic, formatDiagnostic } from "./load/diagnostics.js";
export { type LoadedSpec, loadSpec } from "./load/load-spec.js";
export { findWorkspaceRoot, listProviders, workspaceTarget } from "./workspace.js";
