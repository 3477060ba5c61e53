import type { ServerDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";
import { checkedBaseUrl } from "./base-url.js";
import type { ServerVariableFiller } from "./server-variables.js";

export interface ServerSelection {
  readonly server?: string | number | undefined;
  readonly serverVariables?: Readonly<Record<string, string>> | undefined;
}

/**
 * Picks a server and, through `fill` (see server-variables.ts), fills its variables.
 * Clients of APIs whose servers have no variables pass no `fill` and never bundle it.
 */
export function resolveServerUrl(
  servers: readonly ServerDescriptor[],
  selection: ServerSelection,
  fill?: ServerVariableFiller,
): string {
  const server = pickServer(servers, selection.server);
  const values = selection.serverVariables ?? {};
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(server.variables, name)) {
      throw new ConfigurationError(
        `serverVariables.${name} is not a variable of ${server.url} (known: ${Object.keys(server.variables).join(", ") || "none"})`,
      );
    }
  }
  let url = server.url;
  if (url.includes("{")) {
    if (fill === undefined) {
      throw new ConfigurationError(
        `${url} has variables, and this client was created without fillServerVariables (createClientCore)`,
      );
    }
    url = fill(server, values);
  }
  return checkedBaseUrl(url, selection.server === undefined ? "the default server URL" : "the selected server URL");
}

function pickServer(servers: readonly ServerDescriptor[], choice: string | number | undefined): ServerDescriptor {
  const server =
    typeof choice === "number"
      ? servers[choice]
      : choice === undefined
        ? servers[0]
        : servers.find((s) => s.name === choice);
  if (server !== undefined) {
    return server;
  }
  if (servers.length === 0) {
    throw new ConfigurationError("The API documents no server: set baseUrl");
  }
  const names = servers.map((s, index) => s.name ?? String(index)).join(", ");
  throw new ConfigurationError(`server ${JSON.stringify(choice)} is not documented (choose one of: ${names})`);
}
