import type { CliIO } from "../cli/io.js";
export async function runInitCommand(_argv: readonly string[], _io: CliIO): Promise<number> {
  return 2;
}
