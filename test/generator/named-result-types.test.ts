/**
 * types.gen.ts names results, error bodies and request bodies after the spec's component
 * schemas where the spec has one. Each such alias must be the very type the index chain
 * into openapi.gen.ts gives (`Readable<paths[…]["responses"][200]["content"][…]>`): this
 * builds the chains from the generated operation descriptors, independently of the
 * generator, and type-checks that each is mutually assignable with the generated type.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostics, REPO_ROOT, typecheck } from "./support/typecheck.js";

const PROVIDERS = ["billogram", "exsited", "hostup", "invoicexpress"];
const OUT = join(REPO_ROOT, "test", ".tmp", "named-result-types");
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

interface Media {
  readonly mediaType: string;
  readonly schema?: unknown;
}
interface Descriptor {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly requestBody?: { readonly media: readonly Media[] };
  readonly responses: readonly { readonly status: string; readonly media: readonly Media[] }[];
}

const isDescriptor = (value: unknown): value is Descriptor =>
  typeof value === "object" && value !== null && "responses" in value && "method" in value && "path" in value;
const isSuccess = (status: string) => /^2/.test(status);
const json = (text: string) => JSON.stringify(text);
/** The media types whose body a caller reads: binary ones carry no schema and are bytes. */
const typed = (media: readonly Media[]) => media.filter((m) => m.schema !== undefined);

/** The union the old index chains gave for a set of responses (or `fallback` when none has a body). */
function chainUnion(op: string, responses: Descriptor["responses"], fallback: string): string {
  const members = responses.flatMap((response) => {
    const status = /^\d+$/.test(response.status) ? response.status : json(response.status);
    if (response.media.length === 0) {
      return ["undefined"];
    }
    const readable = typed(response.media).map(
      (m) => `Readable<${op}["responses"][${status}]["content"][${json(m.mediaType)}]>`,
    );
    return readable.length > 0 ? readable : ["Uint8Array"];
  });
  return members.length > 0 ? members.join(" | ") : fallback;
}

function assertions(name: string, descriptor: Descriptor): string[] {
  const op = `paths[${json(descriptor.path)}][${json(descriptor.method.toLowerCase())}]`;
  const pascal = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  const lines = [
    `check<Mutual<types.${pascal}Result, ${chainUnion(
      op,
      descriptor.responses.filter((r) => isSuccess(r.status)),
      "undefined",
    )}>>(true);`,
  ];
  const errors = descriptor.responses.filter((r) => !isSuccess(r.status) && r.media.length > 0);
  lines.push(`check<Mutual<types.${pascal}ErrorBody, ${chainUnion(op, errors, "unknown")}>>(true);`);
  // The body type follows the preferred media: JSON first, else the first one.
  const media = descriptor.requestBody?.media ?? [];
  const preferred = media.find((m) => /json/i.test(m.mediaType)) ?? media[0];
  if (preferred?.schema !== undefined) {
    const chain = `Writable<NonNullable<${op}["requestBody"]>["content"][${json(preferred.mediaType)}]>`;
    lines.push(`check<Mutual<NonNullable<types.${pascal}Args["body"]>, NonNullable<${chain}>>>(true);`);
  }
  return lines;
}

describe.each(PROVIDERS)("%s", (provider) => {
  it("every named result, error and body type is the index chain's type", async () => {
    const module = (await import(`@billforge/${provider}`)) as Record<string, unknown>;
    const descriptors = Object.entries(module).flatMap(([exported, value]) =>
      exported.endsWith("Operation") && isDescriptor(value)
        ? [[exported.slice(0, -"Operation".length), value] as const]
        : [],
    );
    expect(descriptors.length).toBeGreaterThan(0);
    const generated = join(REPO_ROOT, "packages", provider, "src", "generated");
    const file = join(OUT, `${provider}.ts`);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(
      file,
      [
        `import type { paths, Readable, Writable } from ${json(join(generated, "openapi.gen.js"))};`,
        `import type * as types from ${json(join(generated, "types.gen.js"))};`,
        "type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
        "declare function check<T extends true>(value: T): void;",
        ...descriptors.flatMap(([name, descriptor]) => assertions(name, descriptor)),
        "",
      ].join("\n"),
    );
    expect(formatDiagnostics(typecheck([file]).filter((d) => d.file?.fileName === file))).toBe("");
  }, 120_000);
});
