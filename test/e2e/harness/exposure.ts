import type { Logger } from "@billforge/runtime";

export interface CapturedLine {
  readonly level: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, unknown>> | undefined;
}

/** A logger that keeps every line, debug included, as a log sink would receive it. */
export function capturingLogger(): Logger & { readonly lines: CapturedLine[]; text(): string } {
  const lines: CapturedLine[] = [];
  const write = (level: string) => (message: string, fields?: Readonly<Record<string, unknown>>) => {
    lines.push({ level, message, fields });
  };
  return {
    lines,
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    text: () => lines.map((line) => `${line.level} ${line.message} ${serialize(line.fields)}`).join("\n"),
  };
}

const MAX_CAUSES = 10;

/**
 * Everything a caller could print about an error: its message, `String()`, JSON form,
 * stack, and the same for every error in its `cause` chain.
 */
export function exposedText(error: unknown): string {
  const views: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < MAX_CAUSES; depth++) {
    if (current instanceof Error) {
      views.push(current.message, String(current), serialize(current), String(current.stack));
      current = current.cause;
    } else {
      views.push(serialize(current));
      current = undefined;
    }
  }
  return views.join("\n");
}

/** Secrets of `secrets` found in `text` (empty when none leaked). */
export function leakedSecrets(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((secret) => secret !== "" && text.includes(secret));
}

function serialize(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner: unknown) =>
      inner instanceof Error
        ? { name: inner.name, message: inner.message, stack: inner.stack, cause: inner.cause }
        : inner,
    ) ?? String(value)
  );
}
