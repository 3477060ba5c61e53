import { describe, expect, it } from "vitest";
import { buildIR } from "../ir/build-ir.js";
import { derivedOperationId } from "./derived-operation-id.js";
import type { OpenApiDocument } from "./openapi-document.js";

describe("derivedOperationId", () => {
  it.each([
    ["get", "/animal/search", "getAnimalSearch"],
    ["get", "/users/{id}/posts", "getUsersByIdPosts"],
    ["delete", "/users/{user_id}/posts/{postId}", "deleteUsersByUserIdPostsByPostId"],
    ["post", "/anything/multipart-formdata", "postAnythingMultipartFormdata"],
    ["get", "/", "getRoot"],
    ["put", "/v1/files.upload", "putV1FilesUpload"],
    ["patch", "/{a}{b}", "patchByAByB"],
  ])("%s %s → %s", (method, path, name) => {
    expect(derivedOperationId(method, path)).toBe(name);
  });
});

describe("names of operations without operationId", () => {
  const doc = (paths: Record<string, Record<string, object>>): OpenApiDocument => ({
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    paths,
  });
  const ok = { responses: { "200": { description: "ok" } } };

  it("are collision-free, and a name the spec gives wins over a derived one wherever it is", () => {
    const ir = buildIR(
      doc({
        "/a-b": { get: ok },
        "/a_b": { get: ok },
        "/c": { get: ok, post: { ...ok, operationId: "getAB" } },
      }),
      { name: "t" },
    );
    expect(ir.operations.map((op) => [op.method, op.path, op.id, op.identifier])).toEqual([
      ["GET", "/a-b", "getAB", "getAB2"],
      ["GET", "/a_b", "getAB", "getAB3"],
      ["GET", "/c", "getC", "getC"],
      ["POST", "/c", "getAB", "getAB"],
    ]);
  });

  it("are stable: the same method and path give the same name whatever else the spec has", () => {
    const alone = buildIR(doc({ "/users/{id}": { get: ok } }), { name: "t" });
    const among = buildIR(doc({ "/z": { get: ok }, "/users/{id}": { get: ok }, "/a": { post: ok } }), { name: "t" });
    expect(alone.operations[0]!.identifier).toBe("getUsersById");
    expect(among.operations.find((op) => op.path === "/users/{id}")!.identifier).toBe("getUsersById");
  });
});
