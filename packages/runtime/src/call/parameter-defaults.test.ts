import { describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../descriptors.js";
import { withParameterDefaults } from "./parameter-defaults.js";

const op: OperationDescriptor = {
  id: "getClient",
  method: "GET",
  path: "/clients/{client-id}.{format}",
  pathParams: ["client-id", "format"],
  queryParams: [{ name: "page", style: "form", explode: true }],
  headerParams: [],
  idempotent: true,
  security: [],
  responses: [],
};
const defaults = { path: { format: "json" }, query: { page: 1, unrelated: "x" }, headers: { "X-Not-Declared": "1" } };

describe("withParameterDefaults", () => {
  it.each([
    [
      "fills what the call leaves out",
      { path: { "client-id": 7 } },
      { path: { "client-id": 7, format: "json" }, query: { page: 1 } },
    ],
    [
      "keeps what the call gives",
      { path: { "client-id": 7, format: "xml" }, query: { page: 3 } },
      { path: { "client-id": 7, format: "xml" }, query: { page: 3 } },
    ],
    [
      "treats an explicit undefined as left out",
      { path: { "client-id": 7, format: undefined } },
      { path: { "client-id": 7, format: "json" }, query: { page: 1 } },
    ],
    ["fills an omitted argument object", undefined, { path: { format: "json" }, query: { page: 1 } }],
    [
      "keeps the body and leaves undeclared defaults out",
      { body: { a: 1 } },
      { body: { a: 1 }, path: { format: "json" }, query: { page: 1 } },
    ],
  ])("%s", (_, given, want) => {
    expect(withParameterDefaults(op, given, defaults)).toEqual(want);
  });

  it("does not touch the caller's objects", () => {
    const given = { path: { "client-id": 7 } };
    withParameterDefaults(op, given, defaults);
    expect(given).toEqual({ path: { "client-id": 7 } });
  });

  it("returns arguments of the wrong shape untouched, for the shape check to refuse", () => {
    expect(withParameterDefaults(op, "nope", defaults)).toBe("nope");
    expect(withParameterDefaults(op, { path: 5 }, defaults)).toEqual({ path: 5, query: { page: 1 } });
    expect(withParameterDefaults(op, null, defaults)).toBeNull();
    expect(withParameterDefaults(op, { path: null }, defaults)).toEqual({ path: null, query: { page: 1 } });
  });
});
