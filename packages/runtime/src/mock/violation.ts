/**
 * One way a request broke the spec. `pointer` is a JSON pointer into the request as the
 * client's own validation sees it (`/path/id`, `/query/page`, `/headers/x-api-key`,
 * `/body/items/0/price`); `rule` names what was broken (`required`, `type`, `enum`,
 * `pattern`, `content-type`, `security`, `route`, ...).
 */
export interface MockViolation {
  readonly operation: string;
  readonly pointer: string;
  readonly rule: string;
  readonly message: string;
}

/** `getInvoice: /query/page breaks "type": Invalid input: expected number, received string`. */
export function formatViolation(violation: MockViolation): string {
  return `${violation.operation}: ${violation.pointer || "(request)"} breaks "${violation.rule}": ${violation.message}`;
}

export function toPointer(path: readonly PropertyKey[]): string {
  return path.map((token) => `/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Thrown by `assertNoViolations`: every violation, one per line. */
export class MockViolationError extends Error {
  override readonly name = "MockViolationError";
  readonly violations: readonly MockViolation[];
  constructor(violations: readonly MockViolation[]) {
    super(
      `${violations.length} request(s) broke the spec:\n${violations.map((v) => `  ${formatViolation(v)}`).join("\n")}`,
    );
    this.violations = violations;
  }
}
