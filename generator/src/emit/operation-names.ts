import { pascalCase } from "../ir/names.js";
import type { OperationIR, ParameterIR } from "../ir/types.js";
import { oncePer } from "./once-per.js";

/** Every exported name derived from one operation, so emitters agree on them. */
export interface OperationNames {
  readonly fn: string;
  readonly safeFn: string;
  readonly iterateFn: string;
  readonly descriptor: string;
  readonly args: string;
  readonly result: string;
  readonly errorBody: string;
  readonly item: string;
  readonly iterateArgs: string;
}

/** Every emitter asks for the same operations' names several times: derived once per operation. */
export const operationNames: (operation: OperationIR) => OperationNames = oncePer(deriveNames);

function deriveNames(operation: OperationIR): OperationNames {
  const pascal = pascalCase(operation.identifier);
  return {
    fn: operation.identifier,
    safeFn: `${operation.identifier}Safe`,
    iterateFn: `iterate${pascal}`,
    descriptor: `${operation.identifier}Operation`,
    args: `${pascal}Args`,
    result: `${pascal}Result`,
    errorBody: `${pascal}ErrorBody`,
    item: `${pascal}Item`,
    iterateArgs: `${pascal}IterateArgs`,
  };
}

/** Operations take no argument at all when they have neither parameters nor a body. */
export function takesArgs(operation: OperationIR): boolean {
  return operation.parameters.some((p) => p.in !== "cookie") || operation.requestBody !== undefined;
}

/**
 * Parameters the client fills when the caller leaves them out: the idempotency key header
 * and parameters set once per client (`x-billforge-client-option`).
 */
export function isClientFilled(operation: OperationIR, parameter: ParameterIR): boolean {
  return (
    parameter.clientOption !== undefined ||
    (parameter.in === "header" && parameter.name === operation.idempotencyKeyHeader)
  );
}

/** Required parameters the caller must give. */
export function callerRequired(operation: OperationIR, parameter: ParameterIR): boolean {
  return parameter.required && parameter.in !== "cookie" && !isClientFilled(operation, parameter);
}

/** Whether the argument may be omitted: nothing in it is required. */
export function argsOptional(operation: OperationIR): boolean {
  const requiredParameter = operation.parameters.some((p) => callerRequired(operation, p));
  return !requiredParameter && operation.requestBody?.required !== true;
}

export function isSuccessStatus(status: string): boolean {
  return /^(2\d\d|2XX)$/.test(status);
}

/**
 * The argument the iterator of a paginated operation sets itself (page, offset or
 * cursor), when it is a parameter (`/query/page`): callers may leave it out.
 */
export function iteratorCounter(operation: OperationIR): { group: string; name: string } | undefined {
  const pagination = operation.pagination;
  if (!pagination) {
    return undefined;
  }
  const pointer =
    pagination.style === "page"
      ? pagination.page
      : pagination.style === "offset"
        ? pagination.offset
        : pagination.cursor;
  const match = /^\/(path|query|headers)\/([^/]+)$/.exec(pointer);
  if (!match) {
    return undefined;
  }
  return { group: match[1]!, name: decodeURIComponent(match[2]!).replaceAll("~1", "/").replaceAll("~0", "~") };
}

/** Whether an iterator's argument may be omitted: nothing but the counter is required. */
export function iterateArgsOptional(operation: OperationIR): boolean {
  const counter = iteratorCounter(operation);
  const requiredParameter = operation.parameters.some(
    (p) => callerRequired(operation, p) && !(counter && p.name === counter.name && argGroup(p.in) === counter.group),
  );
  return !requiredParameter && operation.requestBody?.required !== true;
}

export function argGroup(location: OperationIR["parameters"][number]["in"]): string {
  return location === "header" ? "headers" : location;
}
