/**
 * A stranger's project using the published packages: the same client code as an ES module
 * (`module: nodenext`, strict), through a bundler's resolution, and as CommonJS (`.cts`,
 * compiled to `require`). It prints one line the test reads.
 */

/**
 * The code every consumer runs: a HostUp call answered by a stub `fetch` (a 404 with the
 * spec's error body), caught by `instanceof` with its status and code; then an invalid
 * argument refused before sending (zod, the peer dependency, at work).
 */
const CLIENT_CODE = `
const notFound = {
  code: "NOT_FOUND",
  error: "Not Found",
  message: "Invoice not found",
  requestId: "2121ae20-bd9d-41e9-aeeb-5dd1dd1a24ba",
  timestamp: "2026-02-10T00:00:00.000Z",
};
let sent = 0;
const hostup = createHostupClient({
  apiKey: "consumer-key",
  maxRetries: 0,
  fetch: async () => {
    sent += 1;
    return new Response(JSON.stringify(notFound), { status: 404, headers: { "content-type": "application/json" } });
  },
});

async function main(): Promise<string> {
  const lines: string[] = [];
  try {
    await hostup.getInvoice({ path: { id: 47185 } });
    lines.push("no error");
  } catch (error) {
    if (error instanceof HostupApiError) lines.push(\`\${error.name} \${error.status} \${error.code}\`);
    else throw error;
  }
  try {
    await hostup.getInvoice({ path: { id: -1 } });
  } catch (error) {
    if (error instanceof RequestValidationError) lines.push(\`\${error.name} sent=\${sent}\`);
    else throw error;
  }
  return lines.join("; ");
}

main().then(
  (line) => console.log(line),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;

/** What each consumer prints when the packages work. */
export const EXPECTED_OUTPUT = "HostupApiError 404 NOT_FOUND; RequestValidationError sent=1";

const IMPORTS = `import { createHostupClient, HostupApiError } from "@billforge/hostup";
import { RequestValidationError } from "@billforge/runtime";
`;

// skipLibCheck as `tsc --init` sets it: the packages' declarations are still what the
// consumer's code is checked against; only their own bodies (and zod's) are not re-checked.
const STRICT = {
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  skipLibCheck: true,
  types: ["node"],
};

export interface ConsumerVersions {
  readonly hostup: string;
  readonly runtime: string;
  readonly generator: string;
}

/** The consumer project's files, path → content. */
export function consumerFiles(versions: ConsumerVersions): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    "package.json": json({
      name: "stranger",
      private: true,
      type: "module",
      dependencies: {
        "@billforge/hostup": versions.hostup,
        "@billforge/runtime": versions.runtime,
        zod: "4.6.7",
      },
      devDependencies: {
        "@billforge/generator": versions.generator,
        "@types/node": "20.19.43",
        esbuild: "0.28.2",
        typescript: "5.9.3",
      },
    }),
    "esm/main.ts": IMPORTS + CLIENT_CODE,
    "esm/tsconfig.json": json({
      compilerOptions: { ...STRICT, target: "ES2022", module: "nodenext", outDir: "../out/esm" },
      include: ["main.ts"],
    }),
    "bundler/main.ts": IMPORTS + CLIENT_CODE,
    "bundler/tsconfig.json": json({
      compilerOptions: { ...STRICT, target: "ES2022", module: "esnext", moduleResolution: "bundler", noEmit: true },
      include: ["main.ts"],
    }),
    "cjs/main.cts": IMPORTS + CLIENT_CODE,
    "cjs/tsconfig.json": json({
      compilerOptions: { ...STRICT, target: "ES2022", module: "nodenext", outDir: "../out/cjs" },
      include: ["main.cts"],
    }),
  };
}
