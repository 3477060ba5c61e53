/**
 * `Authorization: Basic …` (RFC 7617) with UTF-8 credentials. `btoa` alone throws on
 * characters beyond Latin-1, so the UTF-8 bytes are encoded instead.
 */
export function basicAuthorization(username: string, password: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(`${username}:${password}`)) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}
