import { ConfigurationError } from "../errors/configuration-error.js";

/**
 * Base URLs (and token URLs) must be https, so credentials never cross the network in
 * clear; plain http is allowed for loopback hosts only, for tests and local mocks.
 */

const IPV4_LOOPBACK = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

export function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || IPV4_LOOPBACK.test(hostname);
}

/**
 * The URL without a trailing slash (paths are appended to it), or a ConfigurationError
 * naming `option`. Messages never echo the URL: it may hold a password.
 */
export function checkedBaseUrl(raw: string, option: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`${option} is not an absolute URL`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new ConfigurationError(
      `${option} must not contain credentials (user:password@); pass them as client options`,
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopbackHost(url.hostname))) {
    throw new ConfigurationError(
      `${option} must use https (got ${url.protocol}//${url.host}); http is allowed for loopback hosts only`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new ConfigurationError(`${option} must not have a query or a fragment`);
  }
  return url.href.endsWith("/") ? url.href.slice(0, -1) : url.href;
}
