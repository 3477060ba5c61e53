import type { OperationDescriptor } from "../descriptors.js";
import { issuePointer, valueAt } from "./issue-location.js";
import { issueRule } from "./issue-rule.js";
import type { MockViolation } from "./violation.js";
import { parameterIssues, type WireArgs } from "./wire-args.js";

/** Path, query and header parameters checked against the spec, as violations. */
export function parameterViolations(
  operation: OperationDescriptor,
  args: WireArgs,
): { args: WireArgs; violations: MockViolation[] } {
  const checked = parameterIssues(operation, args);
  const violations = checked.issues.map((issue) => ({
    operation: operation.id,
    pointer: issuePointer(issue),
    rule: issueRule(issue, valueAt(checked.args, issue.path)),
    message: issue.message,
  }));
  return { args: checked.args, violations };
}
