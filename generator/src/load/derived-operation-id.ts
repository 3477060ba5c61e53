import { camelCase } from "../ir/names.js";

/**
 * The name of an operation the spec gives no `operationId`: the method, then each path
 * segment, a path parameter as `by` + its name. `GET /users/{id}/posts` → `getUsersByIdPosts`,
 * `GET /` → `getRoot`. Depends on method and path only, so it is stable across
 * regenerations; clashes are settled where names are handed out (explicit ids first,
 * then derived ones in document order, a number appended: `getUsers2`).
 */
export function derivedOperationId(method: string, path: string): string {
  const words = path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => segment.replace(/\{([^}]*)\}/g, " by $1 "));
  return camelCase([method.toLowerCase(), ...(words.length > 0 ? words : ["root"])].join(" "));
}
