export {
  createAllianceClient,
  etagOf,
  MERGE_PATCH,
  ProblemError,
  unwrap,
  type AllianceClient,
  type AllianceClientOptions,
  type FieldError,
  type Problem,
  type TokenSource,
} from "./client.js";
export type { components, operations, paths } from "./schema.js";
