import type { Diagnostic } from "../diagnostics.js";
import type { OpenApiDocument } from "../openapi-document.js";
import type { SourceMap } from "../source-map.js";
import { examplesRule } from "./examples.js";
import { extensionsRule } from "./extensions.js";
import { externalDocsRule } from "./external-docs.js";
import { createLintContext, type LintProfile, type LintRule } from "./lint-context.js";
import { operationIdRule } from "./operation-id.js";
import { pathParametersRule } from "./path-parameters.js";
import { patternsRule } from "./patterns.js";
import { responsesRule } from "./responses.js";

export type { LintProfile } from "./lint-context.js";

// patterns runs before examples: it removes the patterns example validation could not compile.
export const LINT_RULES: readonly LintRule[] = [
  patternsRule,
  operationIdRule,
  pathParametersRule,
  responsesRule,
  examplesRule,
  externalDocsRule,
  extensionsRule,
];

/** Runs billforge's own rules over a bundled, structurally valid document. */
export function lintSpec(doc: OpenApiDocument, source: SourceMap, profile: LintProfile): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const context = createLintContext(doc, source, profile, diagnostics);
  for (const rule of LINT_RULES) {
    rule.run(context);
  }
  return diagnostics;
}
