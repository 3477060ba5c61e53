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

/** package, first fixed version, advisory ids, what it is. */
type Row = readonly [string, string, readonly string[], string];

const ROWS: readonly Row[] = [
  ["fast-xml-parser", "4.1.2", ["CVE-2023-26920", "GHSA-x3cc-x39p-42qx"], "prototype pollution through tag names"],
  ["fast-xml-parser", "4.2.4", ["CVE-2023-34104", "GHSA-6w63-h3fj-q4vw"], "ReDoS through DOCTYPE entity names"],
  ["fast-xml-parser", "4.4.1", ["CVE-2024-41818", "GHSA-mpg4-rc92-vx8v"], "ReDoS in currency parsing"],
  // DESIGN.md's advisory list: every one of these is fixed at or above 5.7.0.
  ["fast-xml-parser", "5.7.0", ["CVE-2026-25896"], "regex injection through DOCTYPE entity names"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-25128"], "crash on an out-of-range numeric character reference"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-26278"], "unbounded entity expansion"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-33036"], "unbounded entity expansion"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-33349"], "unbounded entity expansion"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-27942"], "stack overflow in the XML builder"],
  ["fast-xml-parser", "5.7.0", ["CVE-2026-41650"], "unescaped --> and ]]> in built XML"],
  ["zod", "3.22.3", ["CVE-2023-4316", "GHSA-m95q-7qp3-xv42"], "ReDoS in email validation"],
  ["yaml", "2.2.2", ["CVE-2023-2251", "GHSA-f9xv-q969-pqx4"], "uncaught exception on crafted input"],
];

export const ADVISORIES: readonly Advisory[] = ROWS.map(([name, firstFixed, ids, summary]) => ({
  package: name,
  ids,
  summary,
  firstFixed,
}));

/** Packages whose exact version must be pinned wherever they are declared (DESIGN.md). */
export const EXACT_PINS: readonly string[] = ["openapi-typescript", "openapi-fetch", "fast-xml-parser"];
