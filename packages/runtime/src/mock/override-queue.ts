import type { MockHandler, MockReply } from "./answer.js";

interface Entry {
  readonly reply: MockReply | MockHandler;
  /** Calls left; `undefined` answers every call from now on. */
  remaining: number | undefined;
}

/**
 * Overrides per operation, first registered first served: an entry with `times` serves
 * that many calls and is dropped, so `503 twice, then the example` is two registrations.
 */
export class OverrideQueue {
  private readonly entries = new Map<string, Entry[]>();

  add(operationId: string, reply: MockReply | MockHandler, times: number | undefined): void {
    if (times !== undefined && (!Number.isInteger(times) || times < 1)) {
      throw new TypeError(`times must be a positive integer, got ${String(times)}`);
    }
    const list = this.entries.get(operationId) ?? [];
    list.push({ reply, remaining: times });
    this.entries.set(operationId, list);
  }

  next(operationId: string): MockReply | MockHandler | undefined {
    const list = this.entries.get(operationId);
    const entry = list?.[0];
    if (list === undefined || entry === undefined) {
      return undefined;
    }
    if (entry.remaining !== undefined) {
      entry.remaining -= 1;
      if (entry.remaining === 0) {
        list.shift();
      }
    }
    return entry.reply;
  }

  clear(): void {
    this.entries.clear();
  }
}
