import { buildIR, loadSpec, type OperationIR, type ParameterIR, type SchemaIR } from "@billforge/generator";

/** One recorded exchange: an operation called with example arguments, answered with one example. */
export interface ContractCase {
  /** File-safe, unique: `<operationId>.<status>.<example>` (plus `.request-<example>`). */
  readonly name: string;
  readonly operation: OperationIR;
  readonly args: Record<string, unknown>;
  readonly takesArgs: boolean;
  readonly response: {
    readonly status: number;
    readonly mediaType: string | undefined;
    readonly body: unknown;
  };
  /** The request body example this case sends, if any. */
  readonly requestExample?: unknown;
}

/**
 * Every operation × every documented response example (and every extra request example,
 * answered with the first success example) of a spec, read through the generator's own
 * loader so the cases follow the spec exactly. Bodies come from the media type matching
 * `mediaType` (JSON unless told otherwise), else from the first documented one.
 */
export async function contractCases(specFile: string, name: string, mediaType = /json/): Promise<ContractCase[]> {
  const loaded = await loadSpec(specFile);
  if (!loaded.document) {
    throw new Error(
      `spec has errors:\n${loaded.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join("\n")}`,
    );
  }
  const api = buildIR(loaded.document, { name });
  return api.operations.flatMap((operation) => casesOf(operation, mediaType));
}

function casesOf(operation: OperationIR, mediaType: RegExp): ContractCase[] {
  const requestMedia =
    operation.requestBody?.media.find((m) => mediaType.test(m.mediaType)) ?? operation.requestBody?.media[0];
  const requestExamples = requestMedia?.examples ?? [];
  const baseArgs = parameterArgs(operation.parameters);
  const argsWith = (body: unknown) => (body === undefined ? baseArgs : { ...baseArgs, body });
  const takesArgs = operation.parameters.length > 0 || operation.requestBody !== undefined;
  const firstRequest = requestExamples[0]?.value;

  const cases: ContractCase[] = [];
  for (const response of operation.responses) {
    const status = concreteStatus(response.status);
    const media = response.media.find((m) => mediaType.test(m.mediaType)) ?? response.media[0];
    const examples = media?.examples.length ? media.examples : [{ name: "empty", value: undefined }];
    for (const example of examples) {
      cases.push({
        name: `${operation.id}.${response.status}.${safeName(example.name)}`,
        operation,
        args: argsWith(firstRequest),
        takesArgs,
        response: { status, mediaType: media?.mediaType, body: example.value },
        ...(firstRequest !== undefined ? { requestExample: firstRequest } : {}),
      });
    }
  }
  const success = cases.find((c) => c.response.status < 300);
  for (const extra of requestExamples.slice(1)) {
    if (!success) {
      break;
    }
    cases.push({
      ...success,
      name: `${operation.id}.request-${safeName(extra.name)}`,
      args: argsWith(extra.value),
      requestExample: extra.value,
    });
  }
  return cases;
}

/**
 * Path parameters always; query and header parameters when they carry an example. Client
 * option parameters (`x-billforge-client-option`) are the client's to set, not the call's.
 */
function parameterArgs(parameters: readonly ParameterIR[]): Record<string, unknown> {
  const groups: Record<string, Record<string, unknown>> = {};
  const key = { path: "path", query: "query", header: "headers", cookie: undefined } as const;
  for (const parameter of parameters) {
    const group = key[parameter.in];
    if (!group || parameter.clientOption !== undefined) {
      continue;
    }
    const value = parameter.example ?? (parameter.required ? placeholder(parameter.schema) : undefined);
    if (value === undefined) {
      continue;
    }
    groups[group] ??= {};
    groups[group][parameter.name] = value;
  }
  return groups;
}

function placeholder(schema: SchemaIR): unknown {
  if (schema.kind === "integer" || schema.kind === "number") {
    return Math.max(1, schema.minimum ?? 1);
  }
  if (schema.kind === "enum") {
    return schema.values[0];
  }
  if (schema.kind === "boolean") {
    return true;
  }
  return "example";
}

function concreteStatus(status: string): number {
  if (/^\d{3}$/.test(status)) {
    return Number(status);
  }
  if (status === "default") {
    return 500;
  }
  return Number(status[0]) * 100;
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]+/g, "-");
}
