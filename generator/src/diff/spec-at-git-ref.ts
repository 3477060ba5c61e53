import { spawn } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

/** A spec as it was at a git revision, extracted into a temporary directory. */
export interface SpecAtRef {
  /** The root spec file inside the temporary directory. */
  readonly file: string;
  dispose(): Promise<void>;
}

export class GitRefError extends Error {
  override readonly name = "GitRefError";
}

/**
 * Extracts the top-level folder holding `specFile` (e.g. all of `specs/`) as it was at `ref`,
 * so `$ref`s between spec files resolve exactly as they did then.
 */
export async function specAtGitRef(specFile: string, ref: string, cwd: string): Promise<SpecAtRef> {
  const top = (await run("git", ["rev-parse", "--show-toplevel"], cwd)).stdout.toString("utf8").trim();
  const inRepo = relative(top, specFile).split(sep).join("/");
  if (inRepo.startsWith("../")) {
    throw new GitRefError(`${specFile} is not inside the git repository at ${top}`);
  }
  await run("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], top).catch(() => {
    throw new GitRefError(`git revision ${JSON.stringify(ref)} does not exist`);
  });
  const folder = inRepo.includes("/") ? inRepo.slice(0, inRepo.indexOf("/")) : inRepo;
  const dir = await mkdtemp(join(tmpdir(), "billforge-diff-"));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const archive = await run("git", ["archive", "--format=tar", ref, "--", folder], top).catch(() => {
      throw new GitRefError(`${folder} does not exist at ${ref}`);
    });
    await run("tar", ["-x", "-C", dir], dir, archive.stdout);
    const file = join(dir, ...inRepo.split("/"));
    if (!(await stat(file).catch(() => undefined))) {
      throw new GitRefError(`${inRepo} does not exist at ${ref}`);
    }
    return { file, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

function run(command: string, args: string[], cwd: string, input?: Buffer): Promise<{ stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    // Not installed, or not on PATH: say which program, not just `spawn git ENOENT`.
    child.on("error", (cause) =>
      reject(new GitRefError(`${command} could not be started: ${cause.message}`, { cause })),
    );
    child.on("close", (code) => {
      if (code === 0) {
        resolve({ stdout: Buffer.concat(out) });
      } else {
        reject(new GitRefError(`${command} ${args.join(" ")}: ${Buffer.concat(err).toString("utf8").trim()}`));
      }
    });
    child.stdin.end(input);
  });
}
