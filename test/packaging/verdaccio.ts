import { type ChildProcess, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";

export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  /** A token of a user allowed to publish. */
  readonly token: string;
  stop(): Promise<void>;
}

/** A port free right now on 127.0.0.1 (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}

/**
 * Verdaccio on 127.0.0.1 with its storage in `dir`, serving only the given scopes (no
 * uplink: it never reaches another registry), and one registered user for publishing.
 */
export async function startVerdaccio(dir: string, scopes: readonly string[]): Promise<Registry> {
  const port = await freePort();
  const config = join(dir, "config.yaml");
  const rules = scopes.map((scope) => `  '${scope}/*':\n    access: $all\n    publish: $authenticated\n`).join("");
  writeFileSync(
    config,
    [
      `storage: ${join(dir, "storage")}`,
      "auth:",
      "  htpasswd:",
      `    file: ${join(dir, "htpasswd")}`,
      "web:",
      "  enable: false",
      "packages:",
      rules,
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const bin = createRequire(import.meta.url).resolve("verdaccio/bin/verdaccio");
  const child = spawn(process.execPath, [bin, "--config", config, "--listen", `127.0.0.1:${port}`], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilServing(url, child, () => output);
  const token = await addUser(url);
  return {
    url,
    token,
    stop: async () => {
      if (child.exitCode !== null) {
        return;
      }
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      // A registry that does not stop in 5 s is killed: the test must not hang on it.
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(kill);
    },
  };
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`verdaccio exited with ${child.exitCode}\n${output()}`);
    }
    const up = await fetch(`${url}-/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`verdaccio did not answer within 30 s\n${output()}`);
}

/** Registers a user the way `npm adduser` does; the registry answers with its token. */
async function addUser(url: string): Promise<string> {
  const name = "release";
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      name,
      password: "release-password-1",
      type: "user",
      roles: [],
      date: new Date().toISOString(),
    }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) {
    throw new Error(`adding a user failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}
