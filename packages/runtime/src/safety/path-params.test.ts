import { describe, expect, it } from "vitest";
import { expandPath, templateResidueIssue } from "./path-params.js";

describe("expandPath", () => {
  it.each([
    ["plain", "INV-7", "/invoices/INV-7"],
    ["number", 20000, "/invoices/20000"],
    ["bigint", 12n, "/invoices/12"],
    ["slash is one segment", "a/b", "/invoices/a%2Fb"],
    ["query marker", "a?b=1", "/invoices/a%3Fb%3D1"],
    ["fragment marker", "a#b", "/invoices/a%23b"],
    ["percent", "100%", "/invoices/100%25"],
    ["pre-encoded dots stay literal", "%2e%2e%2fadmin", "/invoices/%252e%252e%252fadmin"],
    ["non-ASCII", "fåktura", "/invoices/f%C3%A5ktura"],
    ["braces", "{id}", "/invoices/%7Bid%7D"],
    ["dots inside a segment", "a..b", "/invoices/a..b"],
    ["true", true, "/invoices/true"],
    ["false", false, "/invoices/false"],
    ["a percent that does not decode", "%zz", "/invoices/%25zz"],
  ])("encodes %s", (_name, value, want) => {
    expect(expandPath("/invoices/{id}", { id: value })).toEqual({ ok: true, path: want });
  });

  it.each([
    ["empty", ""],
    ["dot", "."],
    ["dot-dot", ".."],
    ["encoded dot", "%2e"],
    ["encoded dot-dot", "%2E%2e"],
    ["missing", undefined],
    ["null", null],
    ["object", { id: 1 }],
    ["NaN", Number.NaN],
    ["lone surrogate", "\ud800"],
  ])("refuses %s", (_name, value) => {
    const result = expandPath("/invoices/{id}/lines", { id: value });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([["path", "id"]]);
  });

  // The issue names the argument and says why: RequestValidationError shows it to the caller.
  it.each([
    ["missing", undefined, "is required"],
    ["null", null, "is required"],
    ["an object", { id: 1 }, "must be a string, a finite number, a bigint or a boolean"],
    ["Infinity", Number.POSITIVE_INFINITY, "must be a string, a finite number, a bigint or a boolean"],
    ["a symbol", Symbol("id"), "must be a string, a finite number, a bigint or a boolean"],
    ["empty", "", 'must not be empty, "." or ".." (it would change the path)'],
    ["encoded dot-dot", "%2e%2E", 'must not be empty, "." or ".." (it would change the path)'],
    ["a lone surrogate", "a\udc00", "is not well-formed Unicode (lone surrogate)"],
  ])("says why it refuses %s", (_name, value, message) => {
    expect(expandPath("/invoices/{id}", { id: value })).toEqual({
      ok: false,
      issues: [{ path: ["path", "id"], message, code: "unsafe_path_parameter" }],
    });
  });

  it("reports every refused parameter, in template order", () => {
    const result = expandPath("/clients/{clientId}/invoices/{id}", { clientId: "..", id: null });
    expect(result).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({ path: ["path", "clientId"] }),
        expect.objectContaining({ path: ["path", "id"], message: "is required" }),
      ],
    });
  });

  it("keeps a template without placeholders, and fills adjacent ones and the same template again", () => {
    expect(expandPath("/account/details", {})).toEqual({ ok: true, path: "/account/details" });
    expect(expandPath("/{a}{b}", { a: "x", b: "y" })).toEqual({ ok: true, path: "/xy" });
    expect(expandPath("/{a}{b}", { a: "1", b: "2" })).toEqual({ ok: true, path: "/12" });
  });

  it("fills every placeholder, also inside a segment", () => {
    expect(expandPath("/clients/{clientId}.{format}", { clientId: 7, format: "json" })).toEqual({
      ok: true,
      path: "/clients/7.json",
    });
  });
});

describe("templateResidueIssue", () => {
  it.each([
    ["https://api.acme.test/v1/invoices/7", false],
    ["https://api.acme.test/v1/invoices/{id}", true],
    ["https://api.acme.test/v1/invoices/{id", true],
    ["https://api.acme.test/v1/invoices/%7Bid%7D", false],
  ])("%s has residue: %s", (url, residue) => {
    expect(templateResidueIssue(url) !== undefined).toBe(residue);
  });

  it("names the path and the leftover placeholder", () => {
    expect(templateResidueIssue("https://api.acme.test/v1/{tenant}/invoices")).toEqual({
      path: ["path"],
      message: "the URL still contains a `{` or `}` placeholder",
      code: "unresolved_path_template",
    });
  });
});
