import type { OperationDescriptor } from "../descriptors.js";

/** An operation matched to a request path, with its path parameters as sent (decoded text). */
export interface RouteMatch {
  readonly operation: OperationDescriptor;
  readonly path: Record<string, string>;
}

interface CompiledRoute {
  readonly operation: OperationDescriptor;
  readonly pattern: RegExp;
  /** Parameter names by capture group (`p0`, `p1`, ...). */
  readonly names: readonly string[];
  /** Literal characters in the template: more literal text wins over a parameter. */
  readonly weight: number;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Path templates as regular expressions; `{format}` may sit inside a segment (`create.{format}`). */
export function compileRoutes(operations: readonly OperationDescriptor[]): CompiledRoute[] {
  return operations
    .map((operation) => {
      const parts = operation.path.split(/(\{[^}]+\})/);
      const names: string[] = [];
      const source = parts
        .map((part) => {
          if (!/^\{[^}]+\}$/.test(part)) {
            return part.replace(SPECIAL, "\\$&");
          }
          names.push(part.slice(1, -1));
          return `(?<p${names.length - 1}>[^/]+)`;
        })
        .join("");
      const weight = parts.filter((part) => !part.startsWith("{")).join("").length;
      return { operation, pattern: new RegExp(`^${source}/?$`), names, weight };
    })
    .sort((a, b) => b.weight - a.weight);
}

/** The operation serving `method pathname` (relative to the base path), if any. */
export function matchRoute(routes: readonly CompiledRoute[], method: string, pathname: string): RouteMatch | undefined {
  for (const route of routes) {
    if (route.operation.method !== method) {
      continue;
    }
    const match = route.pattern.exec(pathname);
    if (!match) {
      continue;
    }
    const path: Record<string, string> = {};
    route.names.forEach((name, index) => {
      const value = match.groups?.[`p${index}`];
      if (value !== undefined) {
        path[name] = safeDecode(value);
      }
    });
    return { operation: route.operation, path };
  }
  return undefined;
}

/** The operation a path would reach without its last segment: an extra segment was appended. */
export function nearestRoute(
  routes: readonly CompiledRoute[],
  method: string,
  pathname: string,
): OperationDescriptor | undefined {
  const trimmed = pathname.replace(/\/[^/]*\/?$/, "");
  return trimmed === pathname ? undefined : matchRoute(routes, method, trimmed)?.operation;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
