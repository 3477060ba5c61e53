import { describe, expect, it } from "vitest";
import type { QueryParameterDescriptor } from "../descriptors.js";
import { serializeQuery } from "./query-serializer.js";

const param = (name: string, style: QueryParameterDescriptor["style"], explode: boolean): QueryParameterDescriptor => ({
  name,
  style,
  explode,
});

describe("serializeQuery", () => {
  it.each([
    ["primitive", param("page", "form", true), 2, "page=2"],
    ["encoded primitive", param("q", "form", true), "a&b=c d/é", "q=a%26b%3Dc%20d%2F%C3%A9"],
    ["boolean", param("archived", "form", true), false, "archived=false"],
    ["form array, exploded", param("status", "form", true), ["paid", "sent"], "status=paid&status=sent"],
    ["form array, joined", param("status", "form", false), ["paid", "sent"], "status=paid,sent"],
    ["a comma inside an item stays encoded", param("status", "form", false), ["a,b", "c"], "status=a%2Cb,c"],
    ["space-delimited array", param("ids", "spaceDelimited", false), [1, 2], "ids=1%202"],
    ["pipe-delimited array", param("ids", "pipeDelimited", false), [1, 2], "ids=1|2"],
    ["empty array", param("ids", "form", true), [], ""],
    ["form object, exploded", param("filter", "form", true), { status: "paid", page: 1 }, "status=paid&page=1"],
    ["form object, joined", param("filter", "form", false), { status: "paid", page: 1 }, "filter=status,paid,page,1"],
    [
      "deepObject",
      param("date", "deepObject", true),
      { from: "01/01/2026", to: "31/01/2026" },
      "date[from]=01%2F01%2F2026&date[to]=31%2F01%2F2026",
    ],
    ["nested deepObject", param("filter", "deepObject", true), { range: { min: 1 } }, "filter[range][min]=1"],
    ["bracketed name", param("type[]", "form", true), ["Invoice", "CreditNote"], "type[]=Invoice&type[]=CreditNote"],
    ["null", param("page", "form", true), null, ""],
  ])("%s", (_name, descriptor, value, want) => {
    expect(serializeQuery({ [descriptor.name]: value }, [descriptor])).toBe(want);
  });

  it("orders documented parameters as documented, then undocumented ones, then extra pairs", () => {
    const query = { extra: "x", per_page: 30, page: 2 };
    expect(
      serializeQuery(query, [param("page", "form", true), param("per_page", "form", true)], [["api_key", "k&y"]]),
    ).toBe("page=2&per_page=30&extra=x&api_key=k%26y");
  });

  it.each([
    ["an object inside an array", param("ids", "form", true), [{ a: 1 }]],
    ["an array inside a deepObject", param("f", "deepObject", true), { ids: [1] }],
    ["a non-finite number", param("n", "form", true), Number.POSITIVE_INFINITY],
    ["a nested object in form style", param("f", "form", true), { a: { b: 1 } }],
  ])("refuses %s", (_name, descriptor, value) => {
    expect(() => serializeQuery({ [descriptor.name]: value }, [descriptor])).toThrow(TypeError);
  });
});
