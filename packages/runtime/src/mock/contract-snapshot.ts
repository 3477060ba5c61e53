import type { MockCall } from "./call-log.js";

/**
 * The call log as readable text, one block per request like billforge's own contract
 * snapshots: the request line, headers (credentials redacted), body, and the answer.
 * Values that change on every run (idempotency ids) are numbered in order of appearance,
 * so the text is stable and a change of contract shows up as a diff.
 */
export function contractSnapshot(
  calls: readonly MockCall[],
  options: { volatileHeaders?: readonly string[] } = {},
): string {
  const volatile = new Set((options.volatileHeaders ?? []).map((h) => h.toLowerCase()));
  const numbering = new Map<string, string>();
  const stable = (name: string, value: string) => {
    if (!volatile.has(name)) {
      return value;
    }
    let label = numbering.get(value);
    if (label === undefined) {
      label = `<${name} #${numbering.size + 1}>`;
      numbering.set(value, label);
    }
    return label;
  };
  return `${calls.map((call) => block(call, stable)).join("\n\n")}\n`;
}

function block(call: MockCall, stable: (name: string, value: string) => string): string {
  const lines = [`# ${call.operation}${call.replayed ? " (replayed: duplicate id)" : ""}`, ""];
  lines.push(`${call.method} ${call.url}`);
  for (const name of Object.keys(call.headers).sort()) {
    lines.push(`${name}: ${stable(name, call.headers[name] ?? "")}`);
  }
  if (call.body !== undefined && call.body !== "") {
    lines.push("", pretty(call.body));
  }
  lines.push("");
  if ("fault" in call.answer) {
    lines.push(`--> fault: ${call.answer.fault}`);
  } else {
    lines.push(`--> ${call.answer.status}${call.answer.mediaType ? ` ${call.answer.mediaType}` : ""}`);
    if (call.answer.body !== undefined && call.answer.body !== "") {
      lines.push(pretty(call.answer.body));
    }
  }
  for (const violation of call.violations) {
    lines.push(`! ${violation.pointer || "(request)"} breaks "${violation.rule}": ${violation.message}`);
  }
  return lines.join("\n");
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
