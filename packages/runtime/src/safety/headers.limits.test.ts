import { describe, expect, it } from "vitest";
import { headerProblem, headerText } from "./headers.js";

// RFC 9110 §5.6.2: a field name is a token, tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*"
// / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA.
describe("headerProblem limits", () => {
  it("accepts every token character in a name", () => {
    expect(headerProblem("!#$%&'*+-.^_`|~09AZaz", "v")).toBeUndefined();
  });

  it.each(["(", ")", ",", "/", ":", ";", "<", "=", ">", "?", "@", "[", "\\", "]", "{", "}", '"', "é"])(
    "refuses %j in a name, quoting the name",
    (character) => {
      const name = `X-A${character}`;
      expect(headerProblem(name, "v")).toBe(`header name ${JSON.stringify(name)} is not a valid HTTP token`);
    },
  );

  it("accepts Latin-1 up to U+00FF and refuses anything above, naming the header", () => {
    expect(headerProblem("X-Name", "\u00ff")).toBeUndefined();
    expect(headerProblem("X-Name", "a\u0100")).toBe(
      "header X-Name must contain only Latin-1 characters (encode it first)",
    );
  });

  it("names the header whose value holds a line break", () => {
    expect(headerProblem("X-Name", "a\nb")).toBe("header X-Name must not contain CR, LF or NUL");
  });
});

describe("headerText limits", () => {
  it.each([
    [10n, "10"],
    [false, "false"],
    [0, "0"],
    [[], ""],
    [[true, 2n, "x"], "true,2,x"],
    [null, undefined],
    [undefined, undefined],
    [[null], undefined],
    [["a", null], undefined],
  ])("%s → %s", (value, want) => {
    expect(headerText(value)).toBe(want);
  });
});
