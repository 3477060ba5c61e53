import { describe, expect, it } from "vitest";
import type { OperationDescriptor } from "../descriptors.js";
import { compileRoutes, matchRoute, nearestRoute } from "./route.js";

const op = (id: string, method: OperationDescriptor["method"], path: string): OperationDescriptor => ({
  id,
  method,
  path,
  pathParams: [],
  queryParams: [],
  headerParams: [],
  idempotent: true,
  security: [],
  responses: [],
});

const routes = compileRoutes([
  op("getClient", "GET", "/clients/{id}.{format}"),
  op("findClient", "GET", "/clients/find-by-name.{format}"),
  op("listClients", "GET", "/clients.{format}"),
  op("deleteClient", "DELETE", "/clients/{id}.{format}"),
]);

describe("matchRoute", () => {
  it.each([
    ["GET", "/clients/42.json", "getClient", { id: "42", format: "json" }],
    ["GET", "/clients/find-by-name.xml", "findClient", { format: "xml" }],
    ["GET", "/clients.json", "listClients", { format: "json" }],
    ["DELETE", "/clients/7.xml", "deleteClient", { id: "7", format: "xml" }],
    ["GET", "/clients/a%2Fb.json", "getClient", { id: "a/b", format: "json" }],
  ])("%s %s → %s", (method, path, id, params) => {
    const match = matchRoute(routes, method, path);
    expect(match?.operation.id).toBe(id);
    expect(match?.path).toEqual(params);
  });

  it("matches nothing for another method or an unknown path", () => {
    expect(matchRoute(routes, "POST", "/clients/42.json")).toBeUndefined();
    expect(matchRoute(routes, "GET", "/invoices.json")).toBeUndefined();
  });

  it("names the operation a path with one segment too many was meant for", () => {
    expect(nearestRoute(routes, "GET", "/clients/42.json/extra")?.id).toBe("getClient");
    expect(nearestRoute(routes, "GET", "/nothing/here")).toBeUndefined();
  });
});
