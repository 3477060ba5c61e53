import type { ErrorFieldsDescriptor } from "../descriptors.js";
import { getByPointer } from "../json-pointer.js";

export interface ErrorFields {
  readonly code: string | undefined;
  readonly message: string | undefined;
  readonly messages: readonly string[];
  readonly requestId: string | undefined;
}

/**
 * Reads a provider's code, message(s) and request id out of an error body with the
 * pointers of `x-billforge-errors`; for each field the first pointer yielding a
 * non-empty string wins. Without a message pointer hit, the listed messages stand in.
 */
export function extractErrorFields(body: unknown, headers: Headers, fields: ErrorFieldsDescriptor): ErrorFields {
  const messages = firstNonEmpty(fields.messages.map((pointer) => messageList(getByPointer(body, pointer)))) ?? [];
  return {
    code: firstString(body, fields.code),
    message: firstString(body, fields.message) ?? (messages.length > 0 ? messages.join("; ") : undefined),
    messages,
    requestId: firstString(body, fields.requestId) ?? firstHeader(headers, fields.requestIdHeaders),
  };
}

function firstString(body: unknown, pointers: readonly string[]): string | undefined {
  for (const pointer of pointers) {
    const value = getByPointer(body, pointer);
    if (typeof value === "string" && value !== "") {
      return value;
    }
  }
  return undefined;
}

function firstHeader(headers: Headers, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && value !== "") {
      return value;
    }
  }
  return undefined;
}

function firstNonEmpty(lists: readonly string[][]): string[] | undefined {
  return lists.find((list) => list.length > 0);
}

/** A list of strings or `{message}`/`{error}` objects; a single such value counts as a list of one. */
function messageList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.map(messageOf).filter((message): message is string => message !== undefined);
}

function messageOf(item: unknown): string | undefined {
  if (typeof item === "string") {
    return item === "" ? undefined : item;
  }
  for (const key of ["message", "error"]) {
    const text = getByPointer(item, `/${key}`);
    if (typeof text === "string" && text !== "") {
      return text;
    }
  }
  return undefined;
}
