import type { ApiIR, Direction } from "../ir/types.js";
import type { Change } from "./change.js";
import { compareOperations } from "./compare-operations.js";
import { compareSchemas, type SchemaFinding, type SchemaSides } from "./compare-schemas.js";
import { schemaUsage } from "./schema-usage.js";

/**
 * Everything that changed for code importing the client generated from `before` when it
 * is regenerated from `after`: per operation, per named schema, and API-wide (auth, servers).
 */
export function diffApis(before: ApiIR, after: ApiIR): Change[] {
  const sides: SchemaSides = {
    before: new Map(before.schemas.map((s) => [s.name, s.schema])),
    after: new Map(after.schemas.map((s) => [s.name, s.schema])),
  };
  return [
    ...compareApiWide(before, after),
    ...compareOperations(before.operations, after.operations, sides),
    ...compareNamedSchemas(before, after, sides),
  ];
}

function compareApiWide(before: ApiIR, after: ApiIR): Change[] {
  const changes: Change[] = [];
  const scope = { type: "api" } as const;
  const afterSchemes = new Map(after.securitySchemes.map((s) => [s.name, s]));
  for (const old of before.securitySchemes) {
    const now = afterSchemes.get(old.name);
    const where = `securitySchemes.${old.name}`;
    if (!now) {
      changes.push({ kind: "auth-changed", breaking: true, scope, where, message: `auth scheme ${old.name} removed` });
    } else if (JSON.stringify(old) !== JSON.stringify(now)) {
      const message = `auth scheme ${old.name} changed (${describeScheme(old)} → ${describeScheme(now)})`;
      changes.push({ kind: "auth-changed", breaking: true, scope, where, message });
    }
  }
  for (const now of after.securitySchemes) {
    if (before.securitySchemes.some((s) => s.name === now.name)) {
      continue;
    }
    const message = `auth scheme ${now.name} added (${describeScheme(now)})`;
    changes.push({ kind: "auth-changed", breaking: false, scope, where: `securitySchemes.${now.name}`, message });
  }
  const oldServer = before.servers[0]?.url ?? "(none)";
  const newServer = after.servers[0]?.url ?? "(none)";
  if (oldServer !== newServer) {
    const message = `default server ${oldServer} → ${newServer}`;
    changes.push({ kind: "server-changed", breaking: false, scope, where: "servers", message });
  }
  return changes;
}

function describeScheme(scheme: ApiIR["securitySchemes"][number]): string {
  switch (scheme.type) {
    case "apiKey":
      return `API key in ${scheme.in} ${scheme.paramName}`;
    case "oauth2ClientCredentials":
      return `OAuth2 client credentials at ${scheme.tokenUrl}`;
    default:
      return scheme.type;
  }
}

/**
 * Named schemas are compared in every direction they are used in (an unused one in both),
 * so a change shared by many operations is reported once, with those operations listed.
 */
function compareNamedSchemas(before: ApiIR, after: ApiIR, sides: SchemaSides): Change[] {
  const changes: Change[] = [];
  const usedBefore = schemaUsage(before);
  const usedAfter = schemaUsage(after);
  for (const { name, schema } of before.schemas) {
    const usedBy = new Set([...(usedBefore.get(name)?.operations ?? []), ...(usedAfter.get(name)?.operations ?? [])]);
    const scope = { type: "schema", name, usedBy: [...usedBy] } as const;
    const now = sides.after.get(name);
    if (!now) {
      changes.push({ kind: "schema-removed", breaking: true, scope, where: name, message: `schema ${name} removed` });
      continue;
    }
    const directions = new Set<Direction>([
      ...(usedBefore.get(name)?.directions ?? []),
      ...(usedAfter.get(name)?.directions ?? []),
    ]);
    const findings = [...(directions.size > 0 ? directions : (["request", "response"] as const))].flatMap((d) =>
      compareSchemas(schema, now, d, name, sides),
    );
    for (const finding of mergeDirections(findings)) {
      changes.push({ ...finding, scope });
    }
  }
  for (const { name } of after.schemas) {
    if (sides.before.has(name)) {
      continue;
    }
    const scope = { type: "schema", name, usedBy: [...(usedAfter.get(name)?.operations ?? [])] } as const;
    changes.push({ kind: "schema-added", breaking: false, scope, where: name, message: `schema ${name} added` });
  }
  return changes;
}

/** The same finding seen from requests and from responses is one change, breaking if either says so. */
function mergeDirections(findings: readonly SchemaFinding[]): SchemaFinding[] {
  const merged = new Map<string, SchemaFinding>();
  for (const finding of findings) {
    const key = `${finding.kind}\u0000${finding.where}\u0000${finding.message}`;
    const known = merged.get(key);
    merged.set(
      key,
      known
        ? {
            ...known,
            breaking: known.breaking || finding.breaking,
            directions: [...(known.directions ?? []), ...(finding.directions ?? [])],
          }
        : finding,
    );
  }
  return [...merged.values()];
}
