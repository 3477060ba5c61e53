import { runGenerateCommand } from "./cli/generate-command.js";
import { type CliIO, UsageError } from "./cli/io.js";
import { wantsColor } from "./cli/style.js";
import { runDiffCommand } from "./diff/diff-command.js";
import { GeneratedSyntaxError } from "./emit/generated-syntax-error.js";
import { runInitCommand } from "./init/init-command.js";
import { generatorIdentity } from "./provenance.js";

export const USAGE = `Usage:
  billforge generate [provider...] [--check] [--watch]
                        generate packages/<provider> from specs/<provider>/openapi.yaml
  billforge generate --spec <file> --out <dir> --name <package> [--check] [--strict] [--watch]
                        generate a client package for any OpenAPI 3.0/3.1 spec
  billforge diff <old-spec> <new-spec> [--package <name>]
  billforge diff --base <git-ref> <provider | spec>
                        what changed for code using the client, breaking or not
  billforge init <provider>
                        scaffold specs/<provider>, packages/<provider> and its contract tests
Options:
  --check             write nothing; exit 1 listing every stale file (or a generated file that
                      does not parse: a billforge bug)
  --watch             regenerate whenever a spec (or a file it $refs) changes; Ctrl-C stops
  --reporter json     print results as JSON (for CI); --json is the same
  --strict            with --spec: treat documentation gaps (examples, docs links) as errors
  --fail-on-breaking  diff: exit 1 when a change is breaking
  --changeset         diff: write .changeset/<name>.md with the bump the changes imply
  --help, --version
Exit codes: 0 success, 1 failed (spec errors, stale output, breaking change with
--fail-on-breaking), 2 bad usage or a spec that cannot be read.`;

/** Parses arguments, runs the command, reports. Resolves to the exit code. */
export async function main(
  argv: readonly string[],
  log: (line: string) => void = console.log,
  logError: (line: string) => void = console.error,
  cwd: string = process.cwd(),
  color: boolean = wantsColor(process.stdout),
): Promise<number> {
  const io: CliIO = { log, logError, cwd, color };
  const [command, ...rest] = argv;
  if (argv.includes("--help") || argv.includes("-h")) {
    log(USAGE);
    return 0;
  }
  try {
    switch (command) {
      case "generate":
        return await runGenerateCommand(rest, io);
      case "diff":
        return await runDiffCommand(rest, io);
      case "init":
        return await runInitCommand(rest, io);
      case "help":
        log(USAGE);
        return 0;
      case "--version":
        log(generatorIdentity().generatorVersion);
        return 0;
      default:
        throw new UsageError(`unknown command ${command === undefined ? "(none)" : JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      logError(`billforge: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof GeneratedSyntaxError) {
      logError(error.message);
      return 1;
    }
    throw error;
  }
}
