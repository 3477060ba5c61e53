import { describe, expect, it } from "vitest";
import { isBinaryMedia, isFormUrlEncodedMedia, isJsonMedia, isMultipartMedia, isXmlMedia } from "./media-types.js";

const PREDICATES = { isBinaryMedia, isJsonMedia, isMultipartMedia, isXmlMedia, isFormUrlEncodedMedia };

describe("media-type predicates", () => {
  it.each([
    ["application/json", "isJsonMedia"],
    ["application/problem+json; charset=utf-8", "isJsonMedia"],
    ["application/xml", "isXmlMedia"],
    ["text/vnd.acme+xml", "isXmlMedia"],
    ["multipart/form-data; boundary=x", "isMultipartMedia"],
    ["application/x-www-form-urlencoded", "isFormUrlEncodedMedia"],
    ["application/pdf", "isBinaryMedia"],
    ["image/png", "isBinaryMedia"],
    ["text/plain", undefined],
    ["application/jsonl", undefined],
  ] as const)("%s is %s only", (mediaType, expected) => {
    const matching = Object.entries(PREDICATES)
      .filter(([, predicate]) => predicate(mediaType))
      .map(([name]) => name);
    expect(matching).toEqual(expected ? [expected] : []);
  });
});
