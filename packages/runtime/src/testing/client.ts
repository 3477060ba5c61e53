import { apiKeyAuth } from "../auth/api-key-auth.js";
import type { AuthMethod } from "../auth/auth-method.js";
import { basicAuth } from "../auth/basic.js";
import { bearerAuth } from "../auth/bearer-auth.js";
import { oauth2ClientCredentialsAuth } from "../auth/oauth2-client-credentials-auth.js";
import { formCodec } from "../body/form-codec.js";
import { type ClientCoreConfig, createClientCore } from "../client-core.js";
import type { ClientOptionsBase } from "../options.js";
import { TestApiError, testApi } from "./descriptors.js";
import { fetchStub, type Handler } from "./fetch-stub.js";
import { recordingLogger } from "./logger.js";

export const API_KEY = "key-7f3a9c";

/** Every auth method the runtime has, for tests that try several credential types on one API. */
export const EVERY_AUTH_METHOD: readonly AuthMethod[] = [
  apiKeyAuth,
  basicAuth,
  bearerAuth,
  oauth2ClientCredentialsAuth,
];

/** A client on a fetch stub, quick to retry (1 ms base delay), logging into memory. */
export function testClient(handler: Handler, options: ClientOptionsBase = {}, config: Partial<ClientCoreConfig> = {}) {
  const stub = fetchStub(handler);
  const logger = recordingLogger();
  const core = createClientCore({
    api: testApi(),
    credentials: { ApiKeyAuth: { type: "apiKey", value: API_KEY } },
    auth: EVERY_AUTH_METHOD,
    errorClass: TestApiError,
    codecs: [formCodec],
    ...config,
    options: { fetch: stub.fetch, logger, retryBaseDelayMs: 1, ...options },
  });
  return { core, sent: stub.sent, logger };
}

/** A fetch that never answers until the request is aborted. */
export const hang: Handler = (request) =>
  new Promise((_resolve, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
