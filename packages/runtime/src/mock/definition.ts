import type { Credential } from "../auth/credential.js";
import type { BodyCodec } from "../body/body-codec.js";
import type { ApiDescriptor, OperationDescriptor } from "../descriptors.js";

/** Example values of one operation: status (as in the spec) → media type → value. */
export type OperationExamples = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * What a generated package's `testing` entry hands the mock engine: the same descriptors
 * its client runs on, plus the spec's examples and the credentials the mock accepts.
 */
export interface MockDefinition {
  readonly api: ApiDescriptor;
  readonly operations: readonly OperationDescriptor[];
  /** operationId → examples. */
  readonly examples: Readonly<Record<string, OperationExamples>>;
  /** Security scheme name → the credential a client of the mock sends. */
  readonly credentials: Readonly<Record<string, Credential>>;
  /** Codecs beyond JSON and forms (the generated XML codec). */
  readonly codecs?: readonly BodyCodec[];
}
