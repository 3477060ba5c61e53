import { describe, expect, it } from "vitest";
import type { MediaDescriptor } from "../descriptors.js";
import { chooseMedia, isTextMediaType, mediaTypeCharset, mediaTypeMatches } from "./media-type.js";

// Content-Types as servers really send them (RFC 9110 §8.3: case-insensitive type,
// subtype and parameter names, optional whitespace, quoted parameter values).
describe("mediaTypeCharset, as servers write it", () => {
  it.each([
    ["text/plain; CHARSET=Shift_JIS", "shift_jis"],
    ["text/plain ; charset = utf-8", "utf-8"],
    ['text/plain;charset="windows-1252";format=flowed', "windows-1252"],
    ["text/plain; format=flowed; charset=iso-8859-15", "iso-8859-15"],
    ["text/plain; format=flowed", undefined],
    ["text/plain; charset=", undefined],
  ])("%j → %s", (contentType, want) => {
    expect(mediaTypeCharset(contentType)).toBe(want);
  });
});

describe("mediaTypeMatches, at the edges", () => {
  it.each([
    ["application/*+xml", "application/soap+xml", true],
    ["application/*+json", "application/problem+xml", false],
    ["application/*+json", "text/problem+json", false],
    ["text/*", "application/plain", false],
    ["*/*", "garbage", false],
    ["*", "application/json", false],
    ["application", "application/json", false],
    ["application/json", "garbage", false],
    ["APPLICATION/JSON", "application/json", true],
    ["application/vnd.api+json", "application/vnd.api+json; ext=bulk", true],
    ["application/json", "application/jsonx", false],
  ])("%s matches %s: %s", (pattern, actual, want) => {
    expect(mediaTypeMatches(pattern, actual)).toBe(want);
  });
});

describe("isTextMediaType", () => {
  it.each([
    ["text/csv", true],
    ["TEXT/HTML; charset=utf-8", true],
    ["application/text", false],
    ["application/json", false],
  ])("%s → %s", (contentType, want) => {
    expect(isTextMediaType(contentType)).toBe(want);
  });
});

describe("chooseMedia", () => {
  const media: MediaDescriptor[] = [{ mediaType: "application/json" }, { mediaType: "Application/XML" }];
  it("compares preferences by essence: parameters and case do not matter", () => {
    expect(chooseMedia(media, ["application/xml; charset=utf-8"])?.mediaType).toBe("Application/XML");
  });
  it("takes the first preference the operation documents, in preference order", () => {
    expect(chooseMedia(media, ["application/xml", "application/json"])?.mediaType).toBe("Application/XML");
  });
});
