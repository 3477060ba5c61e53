import { BillforgeError } from "./billforge-error.js";

/** The client or a call was set up wrongly (bad option, missing credential); nothing was sent. */
export class ConfigurationError extends BillforgeError {
  override readonly name: string = "ConfigurationError";
}
