import type { QueryPair } from "../transport/query-serializer.js";
import type { AuthMethod, HeaderPair } from "./auth-method.js";
import { assertSendable } from "./header-credential.js";

/** An API key in a header, a query parameter or a cookie, as the scheme says. */
export const apiKeyAuth: AuthMethod<"apiKey"> = {
  credentialType: "apiKey",
  prepare({ name, scheme, credential }) {
    if (scheme.in === "query") {
      const query: QueryPair = [scheme.name, credential.value];
      return async () => ({ query });
    }
    const header: HeaderPair =
      scheme.in === "header" ? [scheme.name, credential.value] : ["Cookie", `${scheme.name}=${credential.value}`];
    assertSendable(name, header, scheme.in === "cookie" ? /;/ : undefined);
    return async () => ({ header });
  },
};
