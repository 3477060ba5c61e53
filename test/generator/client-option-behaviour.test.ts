import { describe, expect, it } from "vitest";
import { recordingFetch } from "../contract/recording-fetch.js";
import { createClientOptionClient } from "./__snapshots__/client-option/index.gen.js";

// The generated client of fixtures/specs/client-option.yaml, run: a parameter marked
// `x-billforge-client-option` is set once per client and picks the media type.
const thing = { thing: { id: 7, name: "Seven" } };

describe("a client option parameter (x-billforge-client-option)", () => {
  it("defaults to the schema's default and needs no per-call value", async () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: thing });
    const client = createClientOptionClient({ fetch });
    await expect(client.getThing({ path: { "thing-id": 7 } })).resolves.toEqual(thing);
    expect(requests[0]?.url).toBe("https://api.example.com/things/7.json");
    expect(requests[0]?.headers.accept).toMatch(/^application\/json\b/);
  });

  it("set on the client, it fills the path and picks the media type", async () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: thing });
    const client = createClientOptionClient({ fetch, format: "xml" });
    await client.safe.getThing({ path: { "thing-id": 7 } });
    expect(requests[0]?.url).toBe("https://api.example.com/things/7.xml");
    expect(requests[0]?.headers.accept).toMatch(/^application\/xml\b/);
  });

  it("a value given on the call wins", async () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: thing });
    const client = createClientOptionClient({ fetch, format: "xml" });
    await client.safe.getThing({ path: { "thing-id": 7, format: "json" } });
    expect(requests[0]?.url).toBe("https://api.example.com/things/7.json");
  });

  it("a value outside the enum is refused when the client is created", () => {
    const { fetch, requests } = recordingFetch({ status: 200, mediaType: "application/json", body: thing });
    // @ts-expect-error "yaml" is not a format, on purpose
    expect(() => createClientOptionClient({ fetch, format: "yaml" })).toThrow(
      'format must be one of "json", "xml", not "yaml"',
    );
    expect(requests).toHaveLength(0);
  });
});
