import type { Direction, NamedSchemaIR, SchemaIR } from "../ir/types.js";
import { zodExpression } from "./zod-expression.js";

/** One component's zod source in each direction, and whether it needs a separate input schema. */
export interface ComponentZod {
  readonly component: NamedSchemaIR;
  readonly response: string;
  /** Present only when the request-side schema differs (readOnly fields, closed objects). */
  readonly request?: string;
  readonly inputIdentifier: string;
}

export interface ComponentSchemaPlan {
  readonly components: readonly ComponentZod[];
  /** The identifier of a component's schema in one direction (`CustomerInputSchema`). */
  identifierOf(name: string, direction: Direction): string;
  /** The expression referencing a component from code outside the schemas module. */
  refFrom(moduleAlias: string, direction: Direction): (name: string) => string;
}

/**
 * Plans the component schemas: emits each lazily (so declaration order and cycles do not
 * matter) and gives a component a separate `…InputSchema` only when its request-side
 * schema differs from its response-side one, by itself or through a component it refers to.
 */
export function planComponentSchemas(schemas: readonly NamedSchemaIR[]): ComponentSchemaPlan {
  const byName = new Map(schemas.map((s) => [s.name, s]));
  const edges = new Map(schemas.map((s) => [s.name, [...refsOf(s.schema)]]));
  const cyclic = cyclicEdges(edges);
  const withInput = needsInputSchema(schemas, edges);
  const identifierOf = (name: string, direction: Direction) => {
    const component = byName.get(name);
    if (!component) {
      throw new Error(`unknown component schema ${name}`);
    }
    return direction === "request" && withInput.has(name) ? component.inputIdentifier : component.identifier;
  };
  const context = (from: string, direction: Direction) => ({
    direction,
    refExpression: (name: string) => {
      const call = `${identifierOf(name, direction)}()`;
      return cyclic.has(`${from}->${name}`) ? `z.lazy(() => ${call})` : call;
    },
  });
  const components = schemas.map((component) => ({
    component,
    response: zodExpression(component.schema, context(component.name, "response")),
    ...(withInput.has(component.name)
      ? { request: zodExpression(component.schema, context(component.name, "request")) }
      : {}),
    inputIdentifier: component.inputIdentifier,
  }));
  return {
    components,
    identifierOf,
    refFrom: (moduleAlias, direction) => (name) => `${moduleAlias}.${identifierOf(name, direction)}()`,
  };
}

/** Components whose request schema differs on their own, plus every component referring to one. */
function needsInputSchema(schemas: readonly NamedSchemaIR[], edges: Map<string, string[]>): Set<string> {
  const sameRef = { refExpression: (name: string) => name };
  const needs = new Set(
    schemas
      .filter(
        (s) =>
          zodExpression(s.schema, { ...sameRef, direction: "request" }) !==
          zodExpression(s.schema, { ...sameRef, direction: "response" }),
      )
      .map((s) => s.name),
  );
  const referrers = new Map<string, string[]>();
  for (const [from, targets] of edges) {
    for (const to of targets) {
      referrers.set(to, [...(referrers.get(to) ?? []), from]);
    }
  }
  const queue = [...needs];
  while (queue.length > 0) {
    for (const from of referrers.get(queue.pop()!) ?? []) {
      if (!needs.has(from)) {
        needs.add(from);
        queue.push(from);
      }
    }
  }
  return needs;
}

/** `a->b` for every reference inside a strongly connected component: it must be lazy in zod. */
function cyclicEdges(edges: Map<string, string[]>): Set<string> {
  const component = stronglyConnectedComponents(edges);
  const cyclic = new Set<string>();
  for (const [from, targets] of edges) {
    for (const to of targets) {
      if (component.get(from) === component.get(to)) {
        cyclic.add(`${from}->${to}`);
      }
    }
  }
  return cyclic;
}

/** Tarjan's algorithm, iterative so deep reference chains cannot overflow the stack. */
function stronglyConnectedComponents(edges: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result = new Map<string, number>();
  let counter = 0;
  let componentId = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) {
      continue;
    }
    const work: [string, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
      }
      const targets = (edges.get(node) ?? []).filter((t) => edges.has(t));
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = targets[next]!;
        if (!index.has(target)) {
          work.push([target, 0]);
        } else if (onStack.has(target)) {
          low.set(node, Math.min(low.get(node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
          onStack.delete(member);
          result.set(member, componentId);
          if (member === node) {
            break;
          }
        }
        componentId++;
      }
    }
  }
  return result;
}

export function refsOf(schema: SchemaIR, into = new Set<string>()): Set<string> {
  switch (schema.kind) {
    case "ref":
      into.add(schema.name);
      break;
    case "array":
      refsOf(schema.items, into);
      break;
    case "object":
      for (const p of schema.properties) {
        refsOf(p.schema, into);
      }
      if (typeof schema.additional === "object") {
        refsOf(schema.additional, into);
      }
      break;
    case "union":
      for (const v of schema.variants) {
        refsOf(v, into);
      }
      break;
    case "intersection":
      for (const p of schema.parts) {
        refsOf(p, into);
      }
      break;
    default:
      break;
  }
  return into;
}
