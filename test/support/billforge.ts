import { main } from "@billforge/generator";

/** Runs `billforge` in-process in `cwd`: exit code and every printed line (stdout and stderr, in order). */
export async function runBillforge(cwd: string, ...argv: string[]): Promise<{ code: number; output: string }> {
  const out: string[] = [];
  const code = await main(
    argv,
    (line) => out.push(line),
    (line) => out.push(line),
    cwd,
    false,
  );
  return { code, output: out.join("\n") };
}
