import {
  IndentationText,
  NewLineKind,
  type OptionalKind,
  Project,
  QuoteKind,
  type SourceFileStructure,
  type StatementStructures,
  type WriterFunction,
} from "ts-morph";

/**
 * The one place ts-morph's printer is configured: every generated file is printed with
 * these settings and nothing reformats it afterwards, so output is byte-stable.
 */
export function createSourceProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
      insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
    },
  });
}

/** Prints one file from its structures: one `createSourceFile` per output file, nothing else. */
export function printSourceFile(
  project: Project,
  path: string,
  header: string,
  statements: (string | WriterFunction | StatementStructures)[],
): string {
  const structure: OptionalKind<SourceFileStructure> = { statements: [header, ...statements] };
  const file = project.createSourceFile(path, structure, { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text.endsWith("\n") ? text : `${text}\n`;
}
