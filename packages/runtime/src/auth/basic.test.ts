import { describe, expect, it } from "vitest";
import { basicAuthorization } from "./basic.js";

describe("basicAuthorization", () => {
  it.each([
    ["Aladdin", "open sesame", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="],
    ["test", "123£", "Basic dGVzdDoxMjPCow=="],
    ["användare", "lösenord🔑", `Basic ${Buffer.from("användare:lösenord🔑", "utf8").toString("base64")}`],
  ])("%s / %s", (username, password, want) => {
    expect(basicAuthorization(username, password)).toBe(want);
  });
});
