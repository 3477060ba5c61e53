import { readPagination } from "../load/extensions/pagination.js";
import type { JsonObject } from "../load/openapi-document.js";
import type { PaginationIR } from "./types.js";

/** `x-billforge-pagination` (its problems already reported by the extensions lint rule) → PaginationIR. */
export function paginationOf(operation: JsonObject): PaginationIR | undefined {
  return readPagination(operation, []);
}
