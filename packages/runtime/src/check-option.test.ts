import { describe, expect, it } from "vitest";
import { checkOptionValue } from "./check-option.js";
import { ConfigurationError } from "./errors/configuration-error.js";

describe("checkOptionValue", () => {
  it("returns an allowed value", () => {
    expect(checkOptionValue("format", "xml", ["json", "xml"])).toBe("xml");
  });
  it("refuses any other value with a ConfigurationError naming the option and the choices", () => {
    expect(() => checkOptionValue("format", "yaml", ["json", "xml"])).toThrow(ConfigurationError);
    expect(() => checkOptionValue("format", "yaml", ["json", "xml"])).toThrow(
      'format must be one of "json", "xml", not "yaml"',
    );
  });
});
