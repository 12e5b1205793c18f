// The sandbox's wire types live in core, where check (which grades an outcome) can import them.
export type {CaseOutput, RunOutcome, RunRequest} from "../core/protocol.js";
