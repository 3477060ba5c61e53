/** Where a command prints, where it runs, and whether its output may be coloured. */
export interface CliIO {
  readonly log: (line: string) => void;
  readonly logError: (line: string) => void;
  readonly cwd: string;
  readonly color: boolean;
}

/** A command's answer to bad arguments: the message is printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
