import { describe, expect, it } from "vitest";
import { isEmptyBody } from "./empty-body.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("isEmptyBody", () => {
  it.each([
    { body: "", contentType: undefined, want: true },
    { body: "", contentType: "text/plain", want: true },
    { body: " ", contentType: "application/json", want: true },
    { body: "  \n", contentType: "application/xml; charset=utf-8", want: true },
    { body: "\r\n\t", contentType: undefined, want: true },
    { body: "\n", contentType: "text/xml", want: true },
    { body: " ", contentType: "text/plain", want: false },
    { body: "\n", contentType: "text/html; charset=utf-8", want: false },
    { body: " {}", contentType: "application/json", want: false },
    { body: "\u00a0", contentType: "application/json", want: false },
  ])("$body.length byte(s) of $contentType → $want", ({ body, contentType, want }) => {
    expect(isEmptyBody(bytes(body), contentType)).toBe(want);
  });
});
