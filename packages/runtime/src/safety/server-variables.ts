import type { ServerDescriptor, ServerVariableDescriptor } from "../descriptors.js";
import { ConfigurationError } from "../errors/configuration-error.js";

/**
 * Fills a server URL template's variables. Values are checked against the descriptor
 * (enum, pattern) and against where they land: in the host a value must be a single
 * DNS label (`acme`, never `evil.com#` or `a/b`), in the path plain segments only.
 * Generated clients pass it to the core only when a server has variables.
 */

const PLACEHOLDER = /\{([^{}]+)\}/g;
const HOST_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const PATH_SEGMENT = /^[A-Za-z0-9._~-]*$/;

export type ServerVariableFiller = (server: ServerDescriptor, values: Readonly<Record<string, string>>) => string;

export const fillServerVariables: ServerVariableFiller = (server, values) => {
  const hostEnd = authorityEnd(server.url);
  return server.url.replace(PLACEHOLDER, (_placeholder, name: string, offset: number) => {
    const variable = server.variables[name];
    if (variable === undefined) {
      throw new ConfigurationError(`${server.url} uses {${name}}, which it does not declare`);
    }
    const value = values[name] ?? variable.default;
    if (value === undefined) {
      throw new ConfigurationError(`serverVariables.${name} is required (no default for ${server.url})`);
    }
    checkVariable(name, value, variable, offset < hostEnd ? "host" : "path");
    return value;
  });
};

function checkVariable(name: string, value: string, variable: ServerVariableDescriptor, place: "host" | "path"): void {
  const option = `serverVariables.${name}`;
  if (variable.enum !== undefined && !variable.enum.includes(value)) {
    throw new ConfigurationError(`${option} must be one of: ${variable.enum.join(", ")}`);
  }
  if (variable.pattern !== undefined && !new RegExp(`^(?:${variable.pattern})$`).test(value)) {
    throw new ConfigurationError(`${option} must match /${variable.pattern}/`);
  }
  if (place === "host" && !HOST_LABEL.test(value)) {
    throw new ConfigurationError(`${option} must be a single hostname label (letters, digits, inner hyphens)`);
  }
  if (
    place === "path" &&
    value.split("/").some((segment) => !PATH_SEGMENT.test(segment) || segment === "." || segment === "..")
  ) {
    throw new ConfigurationError(`${option} must be plain path segments (letters, digits, "-", ".", "_", "~")`);
  }
}

/** Offset where the template's authority (`https://{account}.example.com:443`) ends. */
function authorityEnd(template: string): number {
  const schemeEnd = template.indexOf("://");
  if (schemeEnd === -1) {
    return 0;
  }
  const rest = template.slice(schemeEnd + 3).search(/[/?#]/);
  return rest === -1 ? template.length : schemeEnd + 3 + rest;
}
