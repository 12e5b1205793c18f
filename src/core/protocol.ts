import type {Json} from "./types.js";

/** What the trusted side sends to a sandbox (a Web Worker or a child process): code and arguments, never expected outputs. */
export interface RunRequest {
  exerciseId: string;
  /** The file name shown in messages, e.g. `conv2d-one-filter.ts`. */
  fileName: string;
  source: string;
  cases: Array<{id: string; args: Json[]}>;
}

/** What comes back. Only plain data: the trusted side validates every field again. */
export type RunOutcome =
  | {kind: "ran"; results: CaseOutput[]}
  | {kind: "syntax-error"; message: string; line: number; column: number}
  | ({kind: "import-error"; message: string} & ErrorPosition)
  | {kind: "missing-export"; exportName: string; exports: string[]}
  | {kind: "timeout"; seconds: number}
  | {kind: "crashed"; message: string};

export interface CaseOutput extends ErrorPosition {
  id: string;
  output?: unknown;
  error?: string;
}

/**
 * Where in the student's file an error was raised (1-based), when its stack says: the first frame in
 * the submission's code. Numbers the submission can forge, so the trusted side checks them against
 * the file and shows them only for visible checks.
 */
export interface ErrorPosition {
  line?: number;
  column?: number;
}
