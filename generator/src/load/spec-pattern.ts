/**
 * How a schema's `pattern` is compiled, everywhere: example validation here, and the
 * generated zod schemas (emit/zod-expression.ts writes `new RegExp(pattern, flags)` with
 * the flags chosen here). Unicode mode when the pattern compiles in it (JSON Schema asks
 * for ECMA-262 with `\p{…}`); legacy mode otherwise, for the escapes such as `\-` and
 * `\:` that specs write and only unicode mode refuses. Both sides accept and reject the
 * same patterns, with the same meaning.
 */
export function patternFlags(source: string): "u" | "" {
  try {
    new RegExp(source, "u");
    return "u";
  } catch {
    return "";
  }
}

/** The compiled pattern, or the reason it compiles in neither mode. */
export function compilePattern(source: string): RegExp | Error {
  try {
    return new RegExp(source, patternFlags(source));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** `new RegExp(…)` source text for a generated module. */
export function patternExpression(source: string): string {
  const flags = patternFlags(source);
  return `new RegExp(${JSON.stringify(source)}${flags ? `, ${JSON.stringify(flags)}` : ""})`;
}

/** ajv's regular expression engine (its `code.regExp` option), compiling as above; ajv's own flags are not used. */
export const specRegExp = Object.assign(
  (source: string) => {
    const compiled = compilePattern(source);
    if (compiled instanceof Error) {
      throw compiled;
    }
    return compiled;
  },
  { code: "new RegExp" },
);
