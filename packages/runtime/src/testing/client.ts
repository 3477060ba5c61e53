import { type ClientCoreConfig, createClientCore } from "../client-core.js";
import type { ClientOptionsBase } from "../options.js";
import { TestApiError, testApi } from "./descriptors.js";
import { fetchStub, type Handler } from "./fetch-stub.js";
import { recordingLogger } from "./logger.js";

export const API_KEY = "key-7f3a9c";

/** A client on a fetch stub, quick to retry (1 ms base delay), logging into memory. */
export function testClient(handler: Handler, options: ClientOptionsBase = {}, config: Partial<ClientCoreConfig> = {}) {
  const stub = fetchStub(handler);
  const logger = recordingLogger();
  const core = createClientCore({
    api: testApi(),
    credentials: { ApiKeyAuth: { type: "apiKey", value: API_KEY } },
    errorClass: TestApiError,
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
