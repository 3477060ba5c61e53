import type { LogFields, Logger } from "../observability/logger.js";

export interface LogLine {
  readonly level: keyof Logger;
  readonly message: string;
  readonly fields: LogFields | undefined;
}

export function recordingLogger(): Logger & { readonly lines: LogLine[]; text(): string } {
  const lines: LogLine[] = [];
  const write = (level: keyof Logger) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, fields });
  };
  return {
    lines,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    /** Everything logged, serialized the way a log sink would. */
    text: () =>
      lines.map((line) => `${line.level} ${line.message} ${JSON.stringify(line.fields, errorsAsText)}`).join("\n"),
  };
}

function errorsAsText(_key: string, value: unknown): unknown {
  return value instanceof Error
    ? { name: value.name, message: value.message, stack: value.stack, cause: value.cause }
    : value;
}
