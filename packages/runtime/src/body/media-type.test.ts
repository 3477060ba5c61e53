import { describe, expect, it } from "vitest";
import type { MediaDescriptor } from "../descriptors.js";
import { chooseMedia, findMedia, mediaTypeCharset, mediaTypeEssence, mediaTypeMatches } from "./media-type.js";

describe("media types", () => {
  it.each([
    ["application/json; charset=utf-8", "application/json"],
    [" Application/JSON ", "application/json"],
    ["text/xml;charset=ISO-8859-1", "text/xml"],
  ])("essence of %j is %s", (contentType, want) => {
    expect(mediaTypeEssence(contentType)).toBe(want);
  });

  it.each([
    ['application/json; charset="UTF-8"', "utf-8"],
    ["text/plain;charset=iso-8859-1", "iso-8859-1"],
    ["application/json", undefined],
  ])("charset of %j is %s", (contentType, want) => {
    expect(mediaTypeCharset(contentType)).toBe(want);
  });

  it.each([
    ["application/json", "application/json; charset=utf-8", true],
    ["application/json", "application/problem+json", false],
    ["application/*+json", "application/problem+json", true],
    ["application/*+json", "application/json", false],
    ["text/*", "text/html", true],
    ["*/*", "application/pdf", true],
    ["application/xml", "text/xml", false],
    ["garbage", "application/json", false],
  ])("%s matches %s: %s", (pattern, actual, want) => {
    expect(mediaTypeMatches(pattern, actual)).toBe(want);
  });

  const media: MediaDescriptor[] = [{ mediaType: "application/json" }, { mediaType: "application/xml" }];

  it("chooses the first preferred media type the operation documents, else the first documented", () => {
    expect(chooseMedia(media, ["text/csv", "application/xml"])?.mediaType).toBe("application/xml");
    expect(chooseMedia(media, [])?.mediaType).toBe("application/json");
    expect(chooseMedia([], ["application/json"])).toBeUndefined();
  });

  it("finds the documented media for a received content type", () => {
    expect(findMedia(media, "application/xml; charset=utf-8")?.mediaType).toBe("application/xml");
    expect(findMedia(media, "text/html")).toBeUndefined();
  });
});
