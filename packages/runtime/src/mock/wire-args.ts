import type { OperationDescriptor } from "../descriptors.js";
import { getByPointer, setByPointer } from "../json-pointer.js";
import type { ValidationIssue } from "../validation/issues.js";
import { schemaIssues } from "../validation/schema-issues.js";

/** Path, query and header parameters as a client passes them, rebuilt from the wire. */
export interface WireArgs {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

/**
 * Rebuilds the call's parameters from the URL and headers. `skipQuery` holds the query
 * names that carry credentials (checked as credentials, not as parameters).
 */
export function wireArgs(
  operation: OperationDescriptor,
  path: Record<string, string>,
  url: URL,
  headers: Headers,
  skipQuery: ReadonlySet<string>,
): WireArgs {
  const args: WireArgs = {};
  if (Object.keys(path).length > 0) {
    args.path = { ...path };
  }
  const query: Record<string, unknown> = {};
  const deep = new Set(operation.queryParams.filter((q) => q.style === "deepObject").map((q) => q.name));
  for (const key of new Set(url.searchParams.keys())) {
    if (skipQuery.has(key)) {
      continue;
    }
    const values = url.searchParams.getAll(key);
    const value = values.length === 1 ? values[0] : values;
    const nested = /^([^[\]]+)\[([^[\]]+)\]$/.exec(key);
    if (nested?.[1] !== undefined && nested[2] !== undefined && deep.has(nested[1])) {
      const group = (query[nested[1]] ?? {}) as Record<string, unknown>;
      group[nested[2]] = value;
      query[nested[1]] = group;
    } else {
      query[key] = value;
    }
  }
  if (Object.keys(query).length > 0) {
    args.query = query;
  }
  const documented: Record<string, unknown> = {};
  for (const name of operation.headerParams) {
    const value = headers.get(name);
    if (value !== null) {
      documented[name] = value;
    }
  }
  if (Object.keys(documented).length > 0) {
    args.headers = documented;
  }
  return args;
}

/**
 * Checks parameters against the operation's schema. Wire values are text, so a value the
 * schema refuses as text is read again as the number, boolean or list it spells before
 * it counts as a violation.
 */
export function parameterIssues(
  operation: OperationDescriptor,
  args: WireArgs,
): {
  args: WireArgs;
  issues: ValidationIssue[];
} {
  if (operation.parameters === undefined) {
    return { args, issues: [] };
  }
  let current = args;
  for (let round = 0; round < 4; round++) {
    const issues = schemaIssues(operation.parameters, current);
    let changed = false;
    for (const issue of issues) {
      const pointer = issue.path.map((t) => `/${String(t)}`).join("");
      const raw = getByPointer(current, pointer);
      const read = reread(raw, issue);
      if (read !== undefined) {
        current = setByPointer(current, pointer, read);
        changed = true;
      }
    }
    if (!changed) {
      return { args: current, issues };
    }
  }
  return { args: current, issues: schemaIssues(operation.parameters, current) };
}

function reread(raw: unknown, issue: ValidationIssue & { expected?: unknown }): unknown {
  // A whole group missing (`query` with a required member): look inside it, to name the member.
  if (raw === undefined && issue.message.includes("expected object")) {
    return {};
  }
  if (typeof raw !== "string") {
    return undefined;
  }
  if (issue.message.includes("expected array")) {
    return raw.split(/[,| ]/);
  }
  if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw) && /expected (number|int)/.test(issue.message)) {
    return Number(raw);
  }
  if ((raw === "true" || raw === "false") && issue.message.includes("expected boolean")) {
    return raw === "true";
  }
  if (raw === "" && issue.message.includes("expected null")) {
    return null;
  }
  return undefined;
}
