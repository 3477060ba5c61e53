/**
 * Known advisories of the packages billforge ships with (runtime dependencies of the
 * published packages and of the generator), each with the first version that fixes it.
 * The supply-chain test fails when an installed version is below one of them. Add a row
 * when an advisory is published; `pnpm audit:deps` (needs the advisory service) finds them.
 */
export interface Advisory {
  readonly package: string;
  readonly ids: readonly string[];
  readonly summary: string;
  readonly firstFixed: string;
}

export const ADVISORIES: readonly Advisory[] = [
  {
    package: "fast-xml-parser",
    ids: ["CVE-2023-26920", "GHSA-x3cc-x39p-42qx"],
    summary: "prototype pollution through tag or attribute names",
    firstFixed: "4.1.2",
  },
  {
    package: "fast-xml-parser",
    ids: ["CVE-2023-34104", "GHSA-6w63-h3fj-q4vw"],
    summary: "regex injection (ReDoS) through DOCTYPE entity names",
    firstFixed: "4.2.4",
  },
  {
    package: "fast-xml-parser",
    ids: ["CVE-2024-41818", "GHSA-mpg4-rc92-vx8v"],
    summary: "ReDoS in currency parsing",
    firstFixed: "4.4.1",
  },
  // DESIGN.md's advisory list: every one of these is fixed at or above 5.7.0.
  {
    package: "fast-xml-parser",
    ids: ["CVE-2026-25896"],
    summary: "regex injection through DOCTYPE entity names",
    firstFixed: "5.7.0",
  },
  {
    package: "fast-xml-parser",
    ids: ["CVE-2026-25128"],
    summary: "crash on an out-of-range numeric character reference",
    firstFixed: "5.7.0",
  },
  { package: "fast-xml-parser", ids: ["CVE-2026-26278"], summary: "unbounded entity expansion", firstFixed: "5.7.0" },
  { package: "fast-xml-parser", ids: ["CVE-2026-33036"], summary: "unbounded entity expansion", firstFixed: "5.7.0" },
  { package: "fast-xml-parser", ids: ["CVE-2026-33349"], summary: "unbounded entity expansion", firstFixed: "5.7.0" },
  {
    package: "fast-xml-parser",
    ids: ["CVE-2026-27942"],
    summary: "stack overflow in the XML builder",
    firstFixed: "5.7.0",
  },
  {
    package: "fast-xml-parser",
    ids: ["CVE-2026-41650"],
    summary: "unescaped --> and ]]> in built XML",
    firstFixed: "5.7.0",
  },
  {
    package: "zod",
    ids: ["CVE-2023-4316", "GHSA-m95q-7qp3-xv42"],
    summary: "ReDoS in email validation",
    firstFixed: "3.22.3",
  },
  {
    package: "yaml",
    ids: ["CVE-2023-2251", "GHSA-f9xv-q969-pqx4"],
    summary: "uncaught exception on crafted input",
    firstFixed: "2.2.2",
  },
];

/** Packages whose exact version must be pinned wherever they are declared (DESIGN.md). */
export const EXACT_PINS: readonly string[] = ["openapi-typescript", "openapi-fetch", "fast-xml-parser"];
