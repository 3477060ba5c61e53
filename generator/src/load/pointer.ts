/** RFC 6901 JSON pointers: the one way locations are named across load, IR and runtime. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

export function fromPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") {
    return [];
  }
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (!body.startsWith("/")) {
    throw new Error(`Not a JSON pointer: ${pointer}`);
  }
  return body
    .slice(1)
    .split("/")
    .map((s) => decodeURIComponent(s).replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at `pointer` in `root`, or undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== "object") {
      return undefined;
    }
    if (!Object.hasOwn(node, segment)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
