import type { OperationDescriptor } from "../descriptors.js";
import { BillforgeError } from "../errors/billforge-error.js";
import { type CallOptions, resolveCallSettings } from "../options.js";
import { CallScope } from "../retry/call-scope.js";
import type { Redactor } from "../safety/redactor.js";
import { type InterpretContext, interpretResponse } from "./interpret-response.js";
import { type PrepareContext, prepareRequest } from "./prepare-request.js";
import { type AttemptContext, type CallProgress, runAttempts } from "./run-attempts.js";

export type CallContext = PrepareContext & AttemptContext & InterpretContext;

export type CallOutcome =
  | { readonly ok: true; readonly data: unknown; readonly response: Response; readonly body: Uint8Array }
  | { readonly ok: false; readonly error: BillforgeError; readonly response: Response | undefined };

/**
 * One call from arguments to outcome: prepare (validate, encode), send with retries,
 * interpret. Never rejects: every failure becomes a BillforgeError in the outcome, and
 * `onError` sees it first.
 */
export async function executeCall(
  context: CallContext,
  op: OperationDescriptor,
  args: unknown,
  options: CallOptions = {},
): Promise<CallOutcome> {
  const progress: CallProgress = { attempt: 0, response: undefined };
  try {
    const settings = resolveCallSettings(context.settings, options);
    const prepared = await prepareRequest(context, op, args, options, settings.validation);
    const scope = new CallScope(op.id, options.signal, settings.deadlineMs);
    try {
      const exchange = await runAttempts(context, prepared, settings, scope, progress);
      const data = await interpretResponse(context, op, exchange, settings.validation);
      // The bytes as read (bounded) travel with the outcome: a body set aside by the tolerant reader stays reachable.
      return { ok: true, data, response: exchange.response, body: exchange.body };
    } finally {
      scope.dispose();
    }
  } catch (thrown) {
    const error = asBillforgeError(thrown, op, context.redactor);
    await context.hooks.onError?.({ operationId: op.id, attempt: progress.attempt, error });
    return { ok: false, error, response: progress.response };
  }
}

/** The runtime throws BillforgeErrors only; anything else is a bug (or a codec's), reported without secrets. */
function asBillforgeError(thrown: unknown, op: OperationDescriptor, redactor: Redactor): BillforgeError {
  if (thrown instanceof BillforgeError) {
    return thrown;
  }
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return new BillforgeError(redactor.redact(`${op.id}: unexpected failure: ${message}`), {
    cause: redactor.redactError(thrown),
  });
}
