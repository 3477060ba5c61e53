import type { BillforgeError } from "../errors/billforge-error.js";
import type { RequestView, ResponseView } from "./http-views.js";
import type { Logger } from "./logger.js";

/**
 * Hooks see redacted views: method, URL and headers with every credential replaced by
 * `[REDACTED]`, safe to log as they are. `unredacted()` is the explicit escape hatch to
 * the raw Request (and Response), credentials included: never log what it returns.
 */
export interface RequestHookContext {
  readonly operationId: string;
  /** 1 for the first try, then 2, 3… for retries. */
  readonly attempt: number;
  readonly request: RequestView;
  /** The Request as sent, credentials included (e.g. to sign or trace it). Never log it. */
  unredacted(): { readonly request: Request };
}

/**
 * The response arrives unread. A hook that wants the body must read
 * `unredacted().response.clone()`, which maxResponseBytes does not bound.
 */
export interface ResponseHookContext extends RequestHookContext {
  readonly response: ResponseView;
  /** The raw Request and Response, credentials included. Never log them. */
  unredacted(): { readonly request: Request; readonly response: Response };
}

/** Called once per failed call with the error it rejects with (already redacted). */
export interface ErrorHookContext {
  readonly operationId: string;
  readonly attempt: number;
  readonly error: BillforgeError;
}

export type OnRequestHook = (context: RequestHookContext) => void | Promise<void>;
export type OnResponseHook = (context: ResponseHookContext) => void | Promise<void>;
export type OnErrorHook = (context: ErrorHookContext) => void | Promise<void>;

export interface Hooks {
  readonly onRequest?: OnRequestHook | undefined;
  readonly onResponse?: OnResponseHook | undefined;
  readonly onError?: OnErrorHook | undefined;
}

/**
 * Hooks observe; they cannot fail a call. A hook that throws is reported to the logger.
 * A hook the user did not set is `undefined` here, so a call skips it without building
 * its context or awaiting anything.
 */
export interface HookRunner {
  readonly onRequest: ((context: RequestHookContext) => Promise<void>) | undefined;
  readonly onResponse: ((context: ResponseHookContext) => Promise<void>) | undefined;
  readonly onError: ((context: ErrorHookContext) => Promise<void>) | undefined;
}

export function createHookRunner(hooks: Hooks, logger: Logger): HookRunner {
  const guarded = <T extends { readonly operationId: string }>(
    name: keyof Hooks,
    hook: ((context: T) => void | Promise<void>) | undefined,
  ): ((context: T) => Promise<void>) | undefined =>
    hook === undefined
      ? undefined
      : async (context) => {
          try {
            await hook(context);
          } catch (error) {
            logger.error(`${name} hook threw; the call goes on`, { operationId: context.operationId, error });
          }
        };
  return {
    onRequest: guarded("onRequest", hooks.onRequest),
    onResponse: guarded("onResponse", hooks.onResponse),
    onError: guarded("onError", hooks.onError),
  };
}
