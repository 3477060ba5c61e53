import {
  IndentationText,
  NewLineKind,
  type OptionalKind,
  Project,
  printStructure,
  QuoteKind,
  type SourceFileStructure,
  type StatementStructures,
  StructureKind,
  type WriterFunction,
} from "ts-morph";

/** One level of indentation, as the printer settings below write it (text built as strings uses it). */
export const INDENT = "  ";

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

/**
 * Prints one file from its structures with the project's settings: one structure per
 * output file, nothing else. The structure is printed, not added to the project: adding
 * would make ts-morph parse the printed text back into a syntax tree we never read (on a
 * large spec, most of the emitters' time).
 */
export function printSourceFile(
  project: Project,
  path: string,
  header: string,
  statements: (string | WriterFunction | StatementStructures)[],
): string {
  if (path.endsWith(".d.ts")) {
    throw new Error(`printSourceFile prints modules, not declaration files: ${path}`);
  }
  const settings = project.manipulationSettings;
  const indentation = settings.getIndentationText();
  const structure: OptionalKind<SourceFileStructure> & { kind: StructureKind.SourceFile } = {
    kind: StructureKind.SourceFile,
    statements: [header, ...statements],
  };
  const text = printStructure(structure, {
    indentNumberOfSpaces: indentation === IndentationText.Tab ? 4 : indentation.length,
    useTabs: indentation === IndentationText.Tab,
    newLine: settings.getNewLineKindAsString(),
    useSingleQuote: settings.getQuoteKind() === QuoteKind.Single,
    insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces:
      settings.getFormatCodeSettings().insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces ?? true,
  });
  return text.endsWith("\n") ? text : `${text}\n`;
}
