import type { Direction, MediaIR, OperationIR, ParameterIR, ResponseIR } from "../ir/types.js";
import type { Change, ChangeKind } from "./change.js";
import { compareSchemas, type SchemaFinding, type SchemaSides } from "./compare-schemas.js";
import { describePaginationChange } from "./describe-pagination-change.js";
import { describeSchema } from "./describe-schema.js";

/**
 * Operations pair up by operationId; what is left pairs up by method and path (a rename).
 * The rest were removed or added.
 */
export function compareOperations(
  before: readonly OperationIR[],
  after: readonly OperationIR[],
  sides: SchemaSides,
): Change[] {
  const changes: Change[] = [];
  const afterById = new Map(after.map((op) => [op.id, op]));
  const unmatchedBefore = before.filter((op) => !afterById.has(op.id));
  const unmatchedAfter = new Set(after.filter((op) => !before.some((b) => b.id === op.id)));
  for (const old of before) {
    const now = afterById.get(old.id);
    if (now) {
      changes.push(...compareOperation(old, now, sides));
    }
  }
  for (const old of unmatchedBefore) {
    const now = [...unmatchedAfter].find((op) => op.method === old.method && op.path === old.path);
    if (now) {
      unmatchedAfter.delete(now);
      changes.push(inOperation(now, "operation-renamed", true, "", `operation ${old.id} renamed to ${now.id}`));
      changes.push(...compareOperation(old, now, sides));
    } else {
      changes.push(inOperation(old, "operation-removed", true, "", `operation ${old.id} removed`));
    }
  }
  for (const now of unmatchedAfter) {
    changes.push(inOperation(now, "operation-added", false, "", `operation ${now.id} added`));
  }
  return changes;
}

function compareOperation(old: OperationIR, now: OperationIR, sides: SchemaSides): Change[] {
  const changes: Change[] = [];
  const add = (kind: ChangeKind, breaking: boolean, where: string, message: string) =>
    changes.push(inOperation(now, kind, breaking, where, message));
  const addFindings = (findings: readonly SchemaFinding[]) => {
    for (const finding of findings) {
      changes.push({ ...finding, scope: scopeOf(now) });
    }
  };

  if (old.method !== now.method || old.path !== now.path) {
    add("operation-moved", true, "", `${old.method} ${old.path} → ${now.method} ${now.path}`);
  }
  if (!old.deprecated && now.deprecated) {
    add("operation-deprecated", false, "", "operation deprecated");
  }

  compareParameters(old.parameters, now.parameters, add, (b, a, where) =>
    addFindings(compareSchemas(b.schema, a.schema, "request", where, sides)),
  );

  const oldBody = old.requestBody;
  const newBody = now.requestBody;
  if (!oldBody && newBody) {
    const required = newBody.required ? "required" : "optional";
    add("request-body-added", newBody.required, "body", `${required} request body added`);
  } else if (oldBody && !newBody) {
    add("request-body-removed", true, "body", "request body removed");
  } else if (oldBody && newBody) {
    if (!oldBody.required && newBody.required) {
      add("request-body-made-required", true, "body", "request body now required");
    }
    if (oldBody.required && !newBody.required) {
      add("request-body-made-optional", false, "body", "request body now optional");
    }
    compareMedia(oldBody.media, newBody.media, "request", "body", add, addFindings, sides);
  }

  compareResponses(old.responses, now.responses, add, addFindings, sides);

  const oldAuth = describeSecurity(old.security);
  const newAuth = describeSecurity(now.security);
  if (oldAuth !== newAuth) {
    add("auth-changed", true, "security", `authentication ${oldAuth} → ${newAuth}`);
  }

  if (!old.pagination && now.pagination) {
    add("pagination-added", false, "", `now paginated (${now.pagination.style})`);
  }
  if (old.pagination && !now.pagination) {
    add("pagination-removed", true, "", "no longer paginated");
  }
  if (old.pagination && now.pagination) {
    // Empty when nothing moved: the description covers every key of the IR.
    const moved = describePaginationChange(old.pagination, now.pagination);
    if (moved !== "") {
      add("pagination-changed", true, "", `pagination changed: ${moved}`);
    }
  }
  if (old.idempotent !== now.idempotent || old.idempotencyKeyHeader !== now.idempotencyKeyHeader) {
    const safety = (op: OperationIR) =>
      op.idempotencyKeyHeader ? `retried with ${op.idempotencyKeyHeader}` : op.idempotent ? "retried" : "never resent";
    add("retry-safety-changed", false, "", `retries: ${safety(old)} → ${safety(now)}`);
  }
  return changes;
}

type Add = (kind: ChangeKind, breaking: boolean, where: string, message: string) => void;

function compareParameters(
  before: readonly ParameterIR[],
  after: readonly ParameterIR[],
  add: Add,
  compareSchema: (before: ParameterIR, after: ParameterIR, where: string) => void,
): void {
  // Header names are case-insensitive on the wire.
  const key = (p: ParameterIR) => `${p.in}.${p.in === "header" ? p.name.toLowerCase() : p.name}`;
  const afterByKey = new Map(after.map((p) => [key(p), p]));
  const beforeKeys = new Set(before.map(key));
  for (const old of before) {
    const where = `${old.in}.${old.name}`;
    const now = afterByKey.get(key(old));
    if (!now) {
      add("parameter-removed", true, where, `${old.in} parameter ${old.name} removed`);
      continue;
    }
    if (!old.required && now.required) {
      add("parameter-made-required", true, where, `${old.in} parameter ${old.name} now required`);
    }
    if (old.required && !now.required) {
      add("parameter-made-optional", false, where, `${old.in} parameter ${old.name} now optional`);
    }
    compareSchema(old, now, where);
  }
  for (const now of after) {
    if (beforeKeys.has(key(now))) {
      continue;
    }
    const required = now.required ? "required" : "optional";
    const message = `${required} ${now.in} parameter ${now.name} added (${describeSchema(now.schema)})`;
    add("parameter-added", now.required, `${now.in}.${now.name}`, message);
  }
}

function compareResponses(
  before: readonly ResponseIR[],
  after: readonly ResponseIR[],
  add: Add,
  addFindings: (findings: readonly SchemaFinding[]) => void,
  sides: SchemaSides,
): void {
  const isError = (status: string) => /^[45]/.test(status) || status === "default";
  const afterByStatus = new Map(after.map((r) => [r.status, r]));
  for (const old of before) {
    const where = `response ${old.status}`;
    const now = afterByStatus.get(old.status);
    if (now) {
      compareMedia(old.media, now.media, "response", where, add, addFindings, sides);
    } else if (isError(old.status)) {
      add("error-response-removed", false, where, `error response ${old.status} removed`);
    } else {
      add("response-removed", true, where, `response ${old.status} removed`);
    }
  }
  for (const now of after) {
    if (before.some((b) => b.status === now.status)) {
      continue;
    }
    const where = `response ${now.status}`;
    if (isError(now.status)) {
      add("error-response-added", false, where, `error response ${now.status} added`);
    } else {
      add("response-added", false, where, `response ${now.status} added`);
    }
  }
}

function compareMedia(
  before: readonly MediaIR[],
  after: readonly MediaIR[],
  direction: Direction,
  where: string,
  add: Add,
  addFindings: (findings: readonly SchemaFinding[]) => void,
  sides: SchemaSides,
): void {
  const single = before.length === 1 && after.length === 1;
  for (const old of before) {
    const now = single ? after[0] : after.find((m) => m.mediaType === old.mediaType);
    const at = single ? where : `${where} (${old.mediaType})`;
    if (!now) {
      add("media-type-removed", true, at, `${old.mediaType} ${direction} body removed`);
      continue;
    }
    if (single && old.mediaType !== now.mediaType) {
      add("media-type-removed", true, at, `${direction} body ${old.mediaType} → ${now.mediaType}`);
    }
    if (old.schema && now.schema) {
      addFindings(compareSchemas(old.schema, now.schema, direction, at, sides));
    } else if (old.schema || now.schema) {
      const kind = old.schema ? "type-widened" : "type-narrowed";
      const breaking = direction === "request" ? kind === "type-narrowed" : kind === "type-widened";
      add(kind, breaking, at, old.schema ? "body schema removed (now untyped)" : "body schema added");
    }
  }
  if (single) {
    return;
  }
  for (const now of after) {
    if (!before.some((m) => m.mediaType === now.mediaType)) {
      add("media-type-added", false, `${where} (${now.mediaType})`, `${now.mediaType} ${direction} body added`);
    }
  }
}

function describeSecurity(security: OperationIR["security"]): string {
  if (security.length === 0) {
    return "none";
  }
  return [...security.map((alternative) => [...alternative].sort().join(" + ") || "none")].sort().join(" or ");
}

function scopeOf(op: OperationIR): Change["scope"] {
  return { type: "operation", operationId: op.id, method: op.method, path: op.path };
}

function inOperation(op: OperationIR, kind: ChangeKind, breaking: boolean, where: string, message: string): Change {
  return { kind, breaking, scope: scopeOf(op), where, message };
}
