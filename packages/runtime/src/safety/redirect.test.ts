import { describe, expect, it } from "vitest";
import { redirectOf } from "./redirect.js";

const request = new Request("https://api.example.com/v1/invoices?page=2");
// Marks what went through the redactor.
const redactor = { redactUrl: (url: string) => `<${url}>` };

function response(status: number, location?: string): Response {
  const headers = location === undefined ? {} : { location };
  return new Response(null, { status, headers });
}

/** A response as a fetch that follows redirects itself hands it back. */
function followed(url: string): Response {
  const answer = new Response("{}", { status: 200 });
  Object.defineProperty(answer, "redirected", { value: true });
  Object.defineProperty(answer, "url", { value: url });
  return answer;
}

describe("redirectOf", () => {
  it.each([200, 204, 299, 400, 404, 500])("a %i is no redirect", (status) => {
    expect(redirectOf(request, response(status, "https://elsewhere.example/"), redactor)).toBeUndefined();
  });

  it.each([300, 301, 302, 303, 304, 307, 308, 399])("every 3xx is one: %i", (status) => {
    expect(redirectOf(request, response(status), redactor)).toEqual({
      status,
      location: undefined,
      sameOrigin: false,
    });
  });

  it("resolves a relative Location against the request, redacted, and same-origin", () => {
    expect(redirectOf(request, response(302, "/login?next=1"), redactor)).toEqual({
      status: 302,
      location: "<https://api.example.com/login?next=1>",
      sameOrigin: true,
    });
  });

  it("tells another origin apart, even on the same host with another scheme or port", () => {
    for (const target of ["https://evil.example/", "http://api.example.com/v1", "https://api.example.com:8443/"]) {
      expect(redirectOf(request, response(301, target), redactor)?.sameOrigin, target).toBe(false);
    }
  });

  it("has no location for an empty or unparsable Location", () => {
    for (const location of ["", "http://[::1"]) {
      expect(redirectOf(request, response(302, location), redactor), location).toEqual({
        status: 302,
        location: undefined,
        sameOrigin: false,
      });
    }
  });

  it("counts a response a custom fetch reached by following a redirect, at the URL it came from", () => {
    expect(redirectOf(request, followed("https://cdn.example/data.json"), redactor)).toEqual({
      status: 200,
      location: "<https://cdn.example/data.json>",
      sameOrigin: false,
    });
  });

  it("counts a browser's opaque redirect", () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperty(opaque, "type", { value: "opaqueredirect" });
    Object.defineProperty(opaque, "status", { value: 0 });
    expect(redirectOf(request, opaque, redactor)).toEqual({ status: 0, location: undefined, sameOrigin: false });
  });
});
