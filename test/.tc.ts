import { join } from "node:path";
import { formatDiagnostics, tsFilesUnder, typecheck } from "/work/wt-realspecs/test/generator/support/typecheck.ts";
for (const dir of process.argv.slice(2)) {
  const d = typecheck(tsFilesUnder(join(dir, "src")));
  console.log(dir, d.length);
  console.log(formatDiagnostics(d.slice(0, 6)).slice(0, 3000));
}
