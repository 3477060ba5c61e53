import type { OperationDescriptor } from "../descriptors.js";
import type { ParameterDefaults } from "../options.js";

/**
 * The call's arguments with the client's parameter defaults filled in: only parameters
 * the operation declares, and only where the call gives no value of its own. Anything
 * that is not an argument object is returned untouched for the shape check to refuse.
 */
export function withParameterDefaults(op: OperationDescriptor, raw: unknown, defaults: ParameterDefaults): unknown {
  if (raw !== undefined && (typeof raw !== "object" || raw === null || Array.isArray(raw))) {
    return raw;
  }
  const args = (raw ?? {}) as Record<string, unknown>;
  const declared = {
    path: op.pathParams,
    query: op.queryParams.map((q) => q.name),
    headers: op.headerParams,
  } as const;
  let filled: Record<string, unknown> | undefined;
  for (const group of ["path", "query", "headers"] as const) {
    const values = defaults[group];
    if (!values) {
      continue;
    }
    const given = args[group];
    if (given !== undefined && (typeof given !== "object" || given === null)) {
      continue;
    }
    const current = (given ?? {}) as Record<string, unknown>;
    const missing = declared[group].filter((name) => Object.hasOwn(values, name) && current[name] === undefined);
    if (missing.length === 0) {
      continue;
    }
    filled ??= { ...args };
    filled[group] = { ...current, ...Object.fromEntries(missing.map((name) => [name, values[name]])) };
  }
  return filled ?? raw;
}
