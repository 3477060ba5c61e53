import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Real, public OpenAPI documents as their publishers ship them in npm packages, pinned
 * exactly in test/package.json (never copied into this repository). Each row says what
 * style of spec it stands for; the corpus test generates, type-checks, imports and calls
 * a client for every one.
 */
export interface RealSpec {
  /** Short name: the generated package is `@corpus/<name>`. */
  readonly name: string;
  /** The npm package that ships the document, and the document's path inside it. */
  readonly from: string;
  readonly file: string;
  readonly openapi: "3.0" | "3.1";
  /** At least this many operations (the document's own count, so a truncated read fails). */
  readonly operations: number;
  /** What the spec brings to the corpus. */
  readonly stands: string;
}

export const REAL_SPECS: readonly RealSpec[] = [
  {
    name: "github",
    from: "@octokit/openapi",
    file: "generated/api.github.com.json",
    openapi: "3.0",
    operations: 1000,
    stands: "1,000+ operations, slash operationIds, nullable beside allOf/$ref, `$ref` keys in example data",
  },
  {
    name: "mojaloop",
    from: "@mojaloop/api-snippets",
    file: "fspiop/v2_0/openapi3/openapi.yaml",
    openapi: "3.0",
    operations: 60,
    stands: "multi-file: 169 YAML files, path items `$ref`d into files of their own (Mojaloop FSPIOP 2.0)",
  },
  {
    name: "blockfrost",
    from: "@blockfrost/openapi",
    file: "openapi.yaml",
    openapi: "3.0",
    operations: 100,
    stands: "operations without operationId, `type: 'null'` in 3.0, a query and a header key",
  },
  {
    name: "galaxy",
    from: "@scalar/galaxy",
    file: "dist/3.1.yaml",
    openapi: "3.1",
    operations: 8,
    stands: "3.1; apiKey in a header, a query and a cookie beside bearer, basic and OAuth2",
  },
  {
    name: "readme-api",
    from: "@readme/oas-examples",
    file: "3.1/json/readme.json",
    openapi: "3.1",
    operations: 40,
    stands: "3.1 document written with 3.0's `nullable`",
  },
  {
    name: "petstore",
    from: "@readme/oas-examples",
    file: "3.0/json/petstore.json",
    openapi: "3.0",
    operations: 15,
    stands: "the Swagger Petstore: an octet-stream upload, form bodies, an apiKey and OAuth2",
  },
  {
    name: "petstore-31",
    from: "@readme/oas-examples",
    file: "3.1/json/petstore.json",
    openapi: "3.1",
    operations: 15,
    stands: "the same Petstore as 3.1",
  },
  {
    name: "star-trek",
    from: "@readme/oas-examples",
    file: "3.0/json/star-trek.json",
    openapi: "3.0",
    operations: 100,
    stands: "a public API (STAPI) with no operationId at all, form-encoded search bodies",
  },
  {
    name: "uspto",
    from: "@readme/oas-examples",
    file: "3.0/json/uspto.json",
    openapi: "3.0",
    operations: 2,
    stands: "a public API (USPTO) with server variables and a form body",
  },
  {
    name: "discriminators",
    from: "@readme/oas-examples",
    file: "3.0/json/discriminators.json",
    openapi: "3.0",
    operations: 5,
    stands: "discriminators, with mappings by bare component name",
  },
  {
    name: "file-uploads",
    from: "@readme/oas-examples",
    file: "3.0/json/file-uploads.json",
    openapi: "3.0",
    operations: 3,
    stands: "multipart uploads of one and several files, an image body",
  },
  {
    name: "security-multiple",
    from: "@readme/oas-examples",
    file: "3.0/json/security-multiple.json",
    openapi: "3.0",
    operations: 4,
    stands: "security alternatives (OR) and combinations (AND) of several schemes",
  },
  {
    name: "parameters-cookies",
    from: "@readme/oas-examples",
    file: "3.0/json/parameters-cookies.json",
    openapi: "3.0",
    operations: 1,
    stands: "cookie parameters",
  },
];

const TEST_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/** The document's absolute path in the test package's node_modules. */
export function specPath(spec: RealSpec): string {
  return join(TEST_DIR, "node_modules", spec.from, spec.file);
}
