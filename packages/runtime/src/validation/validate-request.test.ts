import { describe, expect, it } from "vitest";
import { z } from "zod";
import { operation } from "../testing/descriptors.js";
import { formatIssuePath, summarizeIssues } from "./issues.js";
import { requestArgumentIssues } from "./validate-request.js";

const parameters = () =>
  z.object({
    path: z.object({ id: z.number().int().min(1) }),
    query: z.object({ page: z.number().optional() }).optional(),
    headers: z.object({ "X-Tenant": z.string() }).optional(),
  });
const bodyMedia = { mediaType: "application/json", schema: () => z.object({ name: z.string().max(5) }) };
const op = operation({ method: "PUT", parameters, requestBody: { required: true, media: [bodyMedia] } });

describe("requestArgumentIssues", () => {
  it("accepts valid arguments", () => {
    expect(requestArgumentIssues(op, { path: { id: 1 }, body: { name: "Acme" } }, bodyMedia)).toEqual([]);
  });

  it("reports every problem with a path from the argument root", () => {
    const issues = requestArgumentIssues(
      op,
      { path: { id: 0 }, query: { page: "2" }, body: { name: "Too long" }, bogus: 1 } as never,
      bodyMedia,
    );
    expect(issues.map((issue) => formatIssuePath(issue.path))).toEqual(["bogus", "path.id", "query.page", "body.name"]);
  });

  it("requires a required body and refuses a body the operation does not take", () => {
    expect(requestArgumentIssues(op, { path: { id: 1 } }, bodyMedia)).toEqual([
      { path: ["body"], message: "is required" },
    ]);
    expect(requestArgumentIssues(operation(), { path: { id: 1 }, body: {} }, undefined)).toEqual([
      { path: ["body"], message: "getInvoice takes no request body" },
    ]);
  });
});

describe("issue formatting", () => {
  it.each([
    [[], "(root)"],
    [["body", "items", 0, "price"], "body.items[0].price"],
    [["headers", "X-Tenant"], 'headers["X-Tenant"]'],
  ])("%j → %s", (path, want) => {
    expect(formatIssuePath(path)).toBe(want);
  });

  it("summarizes a long list", () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({ path: ["n", index], message: "bad" }));
    expect(summarizeIssues(issues)).toBe("n[0]: bad; n[1]: bad; n[2]: bad; n[3]: bad; n[4]: bad; and 2 more");
  });
});
