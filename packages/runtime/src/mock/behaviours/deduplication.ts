import type { OperationDescriptor } from "../../descriptors.js";
import type { RenderedAnswer } from "../render-answer.js";

/**
 * A provider that deduplicates on a request header (`x-billforge-idempotency-key`): the
 * first answer to an id is stored, and a request repeating the id gets that answer again
 * without being carried out twice.
 */
export class Deduplication {
  private readonly answers = new Map<string, RenderedAnswer>();

  private key(operation: OperationDescriptor, headers: Headers): string | undefined {
    if (operation.idempotencyKeyHeader === undefined) {
      return undefined;
    }
    const id = headers.get(operation.idempotencyKeyHeader);
    return id === null ? undefined : `${operation.id}\u0000${id}`;
  }

  replay(operation: OperationDescriptor, headers: Headers): RenderedAnswer | undefined {
    const key = this.key(operation, headers);
    return key === undefined ? undefined : this.answers.get(key);
  }

  remember(operation: OperationDescriptor, headers: Headers, answer: RenderedAnswer): void {
    const key = this.key(operation, headers);
    if (key !== undefined && !this.answers.has(key)) {
      this.answers.set(key, answer);
    }
  }

  reset(): void {
    this.answers.clear();
  }
}
