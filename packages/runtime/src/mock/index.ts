/**
 * @billforge/runtime/mock: the engine behind every generated package's `testing` entry.
 * A separate entry point, so a client's bundle never carries it.
 */
export type { MockAnswer, MockFault, MockHandler, MockReply, MockRequest } from "./answer.js";
export type { MockCall } from "./call-log.js";
export { contractSnapshot } from "./contract-snapshot.js";
export type { MockEngine, MockOptions } from "./create-mock.js";
export { createMock } from "./create-mock.js";
export type { MockDefinition, OperationExamples } from "./definition.js";
export { matchContractSnapshot } from "./match-snapshot-file.js";
export type {
  MockAnswerFor,
  MockClientOptions,
  MockHandlerFor,
  MockOn,
  MockReplyFor,
  MockRequestFor,
  ProviderFailure,
  ProviderMock,
} from "./typed-mock.js";
export { createProviderMock } from "./typed-mock.js";
export type { MockViolation } from "./violation.js";
export { formatViolation, MockViolationError } from "./violation.js";
