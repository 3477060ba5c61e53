import { DIAGNOSTIC_CODES, type Diagnostic } from "../load/diagnostics.js";

/** How many diagnostics of one code and severity are printed before the rest are counted. */
export const SHOWN_PER_CODE = 3;

export interface CappedDiagnostics {
  readonly shown: readonly Diagnostic[];
  /** One line per code whose further diagnostics were left out: `… and 117 more BF220 …`. */
  readonly summaries: readonly { readonly severity: Diagnostic["severity"]; readonly line: string }[];
}

/**
 * A large spec can repeat one problem thousands of times: people read the first few of
 * each code (in their order) and a count of the rest.
 */
export function capRepeats(diagnostics: readonly Diagnostic[], perCode = SHOWN_PER_CODE): CappedDiagnostics {
  const seen = new Map<string, number>();
  const shown: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.severity} ${diagnostic.code}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count <= perCode) {
      shown.push(diagnostic);
    }
  }
  const summaries = [...seen]
    .filter(([, count]) => count > perCode)
    .map(([key, count]) => {
      const [severity, code] = key.split(" ") as [Diagnostic["severity"], Diagnostic["code"]];
      const noun = count - perCode === 1 ? severity : `${severity}s`;
      return {
        severity,
        line: `… and ${count - perCode} more ${code} ${DIAGNOSTIC_CODES[code]} ${severity === "info" ? "notes" : noun}`,
      };
    });
  return { shown, summaries };
}
