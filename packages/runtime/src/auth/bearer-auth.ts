import type { AuthMethod, HeaderPair } from "./auth-method.js";
import { assertSendable } from "./header-credential.js";

/** A ready-made bearer token, for an HTTP bearer scheme or in place of an OAuth2 flow. */
export const bearerAuth: AuthMethod<"bearer"> = {
  credentialType: "bearer",
  prepare({ name, credential }) {
    const header: HeaderPair = ["Authorization", `Bearer ${credential.token}`];
    assertSendable(name, header);
    return async () => ({ header });
  },
};
