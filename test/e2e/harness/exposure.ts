/**
 * Where a credential could leak to a caller: everything printable about an error. Log
 * lines are captured with the runtime's own recording logger (`packages/runtime/src/testing/logger.ts`,
 * imported by path: it is not part of the published package).
 */
export { recordingLogger as capturingLogger } from "../../../packages/runtime/src/testing/logger.js";

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
