/**
 * A generated file that does not parse: a generator bug, reported before anything is
 * written. Its own module so the CLI can recognise it without loading the compiler.
 */
export class GeneratedSyntaxError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    readonly snippet: string,
  ) {
    super(
      `billforge bug: the generated ${path} does not parse at line ${line}, column ${column}: ${reason}\n` +
        `${snippet}\nNothing was written; please report this with the spec.`,
    );
    this.name = "GeneratedSyntaxError";
  }
}
