import type { Redactor } from "../safety/redactor.js";

export type LogFields = Readonly<Record<string, unknown>>;

/** A structured logger; pino, winston and console-like objects fit with a thin wrapper. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A level nobody listens to: `redactingLogger` skips the redaction work for it. */
function ignore(): void {}

/** Without a logger, warnings still reach the console (validation `warn` mode would be silent otherwise). */
export const consoleWarningLogger: Logger = {
  debug: ignore,
  info: ignore,
  warn: (message, fields) => console.warn(`[billforge] ${message}`, fields ?? {}),
  error: (message, fields) => console.error(`[billforge] ${message}`, fields ?? {}),
};

/** The runtime's own logger: it knows whether anyone reads debug lines, so a call need not even build them. */
export interface RuntimeLogger extends Logger {
  readonly debugEnabled: boolean;
}

/**
 * The logger the runtime actually writes to: every message and field is redacted, and a
 * logger that throws can never fail a call.
 */
export function redactingLogger(logger: Logger, redactor: Redactor): RuntimeLogger {
  const write =
    (level: keyof Logger) =>
    (message: string, fields?: LogFields): void => {
      // Debug lines are written on every call: redacting them for nobody is most of their cost.
      if (logger[level] === ignore) {
        return;
      }
      try {
        logger[level](redactor.redact(message), fields === undefined ? undefined : redactFields(fields, redactor));
      } catch {
        // Logging is best effort.
      }
    };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    debugEnabled: logger.debug !== ignore,
  };
}

function redactFields(fields: LogFields, redactor: Redactor): LogFields {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Error ? redactor.redactError(value) : redactor.redactValue(value),
    ]),
  );
}
