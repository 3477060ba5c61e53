import { fileURLToPath } from "node:url";
import { createExsitedClient } from "@billforge/exsited";
import { describe, expect, it } from "vitest";
import { contractCases } from "../contract-cases.js";
import { runContractCase } from "../run-contract-case.js";
import {
  ACCESS_TOKENS,
  BASE_URL,
  CLIENT_ID,
  CLIENT_SECRET,
  REDIRECT_URI,
  REFRESH_TOKENS,
  SECRETS,
  type TokenRequest,
  withTokenEndpoint,
} from "./token-endpoint.js";

const SPEC = fileURLToPath(new URL("../../../specs/exsited/openapi.yaml", import.meta.url));
const cases = await contractCases(SPEC, "exsited");

const CLIENT_CREDENTIALS_GRANT = {
  grant_type: "client_credentials",
  client_id: CLIENT_ID,
  client_secret: CLIENT_SECRET,
  redirect_uri: REDIRECT_URI,
};

describe("Exsited contract: every operation and example of specs/exsited/openapi.yaml", () => {
  it("covers every operation of the spec", () => {
    expect(new Set(cases.map((c) => c.operation.id)).size).toBe(35);
  });

  for (const contractCase of cases) {
    it(contractCase.name, async () => {
      let tokenRequests: TokenRequest[] = [];
      const outcome = await runContractCase(
        contractCase,
        (recording) => {
          const transport = withTokenEndpoint(recording);
          tokenRequests = transport.tokenRequests;
          return createExsitedClient({
            baseUrl: BASE_URL,
            clientId: CLIENT_ID,
            clientSecret: CLIENT_SECRET,
            redirectUri: REDIRECT_URI,
            fetch: transport.fetch,
          });
        },
        SECRETS,
      );
      const { status, body } = contractCase.response;

      // The token is fetched first, as JSON, with redirect_uri; it never reaches the recording.
      expect(tokenRequests[0]).toEqual({ contentType: "application/json", body: CLIENT_CREDENTIALS_GRANT });
      if (status === 401) {
        // A 401 renews the token once (refresh grant) and retries the call once.
        expect(tokenRequests.map((t) => t.body)).toEqual([
          CLIENT_CREDENTIALS_GRANT,
          { ...CLIENT_CREDENTIALS_GRANT, grant_type: "refresh_token", refresh_token: REFRESH_TOKENS[0] },
        ]);
        expect(outcome.requests.map((r) => r.headers.authorization)).toEqual([
          `Bearer ${ACCESS_TOKENS[0]}`,
          `Bearer ${ACCESS_TOKENS[1]}`,
        ]);
      } else {
        expect(tokenRequests).toHaveLength(1);
        expect(outcome.requests).toHaveLength(1);
        expect(outcome.requests[0]?.headers.authorization).toBe(`Bearer ${ACCESS_TOKENS[0]}`);
      }

      // Every exchange is the documented method and path, carrying the example body unchanged.
      for (const sent of outcome.requests) {
        expect(sent.method).toBe(contractCase.operation.method);
        expect(new URL(sent.url).origin).toBe(BASE_URL);
        if (contractCase.requestExample !== undefined) {
          expect(sent.headers["content-type"]).toBe("application/json");
          expect(JSON.parse(sent.body)).toEqual(contractCase.requestExample);
        } else {
          expect(sent.body).toBe("");
        }
      }

      // The example response parses into exactly the example: nothing lost, nothing added.
      if (status < 300) {
        expect(outcome.error).toBeUndefined();
        expect(outcome.data).toEqual(body);
      } else {
        expect(outcome.error).toMatchObject({ name: "ExsitedApiError", status, body });
        const first = (body as { errors: { code?: unknown; message: string }[] }).errors[0];
        expect(outcome.error).toMatchObject({ code: first?.code, providerMessage: first?.message });
      }

      for (const secret of Object.values(SECRETS)) {
        expect(outcome.snapshot).not.toContain(secret);
      }
      await expect(outcome.snapshot).toMatchFileSnapshot(`./__snapshots__/${contractCase.name}.txt`);
    });
  }
});
