/**
 * JSON text as Biome formats it (so scaffolded files pass `pnpm lint` untouched): objects
 * one member per line, arrays of scalars on one line when that line fits 120 columns.
 * (`package.json` is the exception: Biome keeps npm's layout, plain `JSON.stringify`.)
 */
export function formatJson(value: unknown): string {
  return `${write(value, "", "")}\n`;
}

const LINE_WIDTH = 120;

function write(value: unknown, indent: string, prefix: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return "[]";
    }
    const scalars = value.every((item) => item === null || typeof item !== "object");
    const inline = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    if (scalars && indent.length + prefix.length + inline.length + 1 <= LINE_WIDTH) {
      return inline;
    }
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${write(item, inner, "")}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) {
      return "{}";
    }
    const inner = `${indent}  `;
    const members = entries.map(([key, item]) => {
      const head = `${JSON.stringify(key)}: `;
      return `${inner}${head}${write(item, inner, head)}`;
    });
    return `{\n${members.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
