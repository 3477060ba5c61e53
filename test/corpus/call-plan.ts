import type { ApiIR, OperationIR, SchemaIR, SecuritySchemeIR } from "@billforge/generator";

/** One call a corpus test makes: which method, with which arguments, and what the server answers. */
export interface CallPlan {
  readonly method: string;
  readonly httpMethod: string;
  /** The path with its parameters filled, as the server must see it. */
  readonly path: string;
  readonly args: Record<string, Record<string, unknown>>;
  /** Client options carrying a credential for every scheme the call uses. */
  readonly credentials: Record<string, string>;
  readonly status: number;
  readonly body: unknown;
}

/**
 * The first operation a test can call without knowing the API: no required body, simple
 * required parameters, and credentials that need no token server (no OAuth2 flow).
 */
export function planCall(api: ApiIR): CallPlan {
  const schemes = new Map(api.securitySchemes.map((s) => [s.name, s]));
  const usable = (op: OperationIR) => alternativeOf(op, schemes) !== undefined && !op.requestBody?.required;
  const operation = api.operations.find((op) => usable(op) && op.method === "GET") ?? api.operations.find(usable);
  if (operation === undefined) {
    throw new Error(`${api.name}: no operation callable without a body and OAuth2`);
  }
  const args: Record<string, Record<string, unknown>> = {};
  let path = operation.path;
  for (const parameter of operation.parameters) {
    if (!parameter.required || parameter.clientOption) {
      continue;
    }
    const value = sampleValue(parameter.schema, api);
    args[parameter.in] = { ...args[parameter.in], [parameter.name]: value };
    if (parameter.in === "path") {
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    }
  }
  const credentials: Record<string, string> = {};
  for (const name of alternativeOf(operation, schemes) ?? []) {
    for (const option of credentialOptionNames(schemes.get(name)!)) {
      credentials[option] = `corpus-${option}`;
    }
  }
  const success = operation.responses.find((r) => /^2\d\d$/.test(r.status));
  const status = success ? Number(success.status) : 200;
  const json = success?.media.find((m) => /json/.test(m.mediaType));
  return {
    method: operation.identifier,
    httpMethod: operation.method,
    path,
    args,
    credentials,
    status,
    body: status === 204 || status === 205 ? undefined : (json?.examples[0]?.value ?? {}),
  };
}

/** The first security alternative whose schemes all take a plain credential; [] when none is needed. */
function alternativeOf(op: OperationIR, schemes: Map<string, SecuritySchemeIR>): readonly string[] | undefined {
  if (op.security.length === 0) {
    return [];
  }
  return op.security.find((alternative) =>
    alternative.every((name) => {
      const scheme = schemes.get(name);
      return scheme !== undefined && scheme.type !== "oauth2ClientCredentials";
    }),
  );
}

function credentialOptionNames(scheme: SecuritySchemeIR): string[] {
  if (scheme.type === "basic") {
    return [scheme.usernameOption, scheme.passwordOption];
  }
  if (scheme.type === "oauth2ClientCredentials") {
    return [];
  }
  return [scheme.option];
}

/** A value the parameter's schema accepts, for the simple schemas parameters have. */
function sampleValue(schema: SchemaIR, api: ApiIR, depth = 0): unknown {
  if (depth > 8) {
    return "1";
  }
  switch (schema.kind) {
    case "integer":
    case "number":
      return Math.max(1, schema.minimum ?? 1);
    case "boolean":
      return true;
    case "enum":
      return schema.values[0] ?? "1";
    case "array":
      return [sampleValue(schema.items, api, depth + 1)];
    case "ref": {
      const target = api.schemas.find((s) => s.name === schema.name);
      return target ? sampleValue(target.schema, api, depth + 1) : "1";
    }
    case "union":
      return schema.variants[0] ? sampleValue(schema.variants[0], api, depth + 1) : "1";
    case "string":
      return schema.format === "date" ? "2024-01-01" : schema.format === "date-time" ? "2024-01-01T00:00:00Z" : "1";
    default:
      return "1";
  }
}
