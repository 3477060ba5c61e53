import type { BillforgeError } from "../errors/billforge-error.js";
import type { Logger } from "./logger.js";

export interface RequestHookContext {
  readonly operationId: string;
  /** 1 for the first try, then 2, 3… for retries. */
  readonly attempt: number;
  readonly request: Request;
}

/** The response arrives unread: a hook that wants the body must read `response.clone()`. */
export interface ResponseHookContext extends RequestHookContext {
  readonly response: Response;
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

/** Hooks observe; they cannot fail a call. A hook that throws is reported to the logger. */
export interface HookRunner {
  onRequest(context: RequestHookContext): Promise<void>;
  onResponse(context: ResponseHookContext): Promise<void>;
  onError(context: ErrorHookContext): Promise<void>;
}

export function createHookRunner(hooks: Hooks, logger: Logger): HookRunner {
  const run = async <T extends { readonly operationId: string }>(
    name: keyof Hooks,
    hook: ((context: T) => void | Promise<void>) | undefined,
    context: T,
  ): Promise<void> => {
    if (hook === undefined) return;
    try {
      await hook(context);
    } catch (error) {
      logger.error(`${name} hook threw; the call goes on`, { operationId: context.operationId, error });
    }
  };
  return {
    onRequest: (context) => run("onRequest", hooks.onRequest, context),
    onResponse: (context) => run("onResponse", hooks.onResponse, context),
    onError: (context) => run("onError", hooks.onError, context),
  };
}
