import {spawnSync} from "node:child_process";
import {accessSync, constants} from "node:fs";
import {delimiter, join} from "node:path";

/** What the operating system adds around a sandbox process on this machine. */
export interface SandboxIsolation {
  /**
   * The path of `unshare`, when it may run `unshare -rnp` here: a user, network and process-id
   * namespace of its own, so the process has no network (not even loopback) and can neither see
   * nor signal any other process.
   */
  namespaces?: string;
  /** The path of `prlimit`: kernel limits on its memory, CPU time, file size (what it prints) and core dumps. */
  limits?: string;
}

let probed: SandboxIsolation | undefined;

/**
 * Finds out once, by trying, which isolation this machine allows. Containers often forbid user
 * namespaces (Docker's default seccomp profile does); `CONVLAB_SANDBOX_NAMESPACES=0` turns them off.
 */
export function sandboxIsolation(): SandboxIsolation {
  probed ??= {
    namespaces:
      process.env.CONVLAB_SANDBOX_NAMESPACES === "0"
        ? undefined
        : working("unshare", ["-rnp", "--fork", "--kill-child", "--", "true"]),
    limits: working("prlimit", ["--core=0", "--", "true"])
  };
  return probed;
}

/** The command's absolute path (the sandbox's environment has no PATH), if running it with `args` succeeds. */
function working(command: string, args: string[]): string | undefined {
  if (process.platform !== "linux") return undefined;
  const path = (process.env.PATH || "/usr/bin:/bin")
    .split(delimiter)
    .map((folder) => join(folder, command))
    .find(isExecutable);
  if (!path) return undefined;
  return spawnSync(path, args, {stdio: "ignore", timeout: 10_000}).status === 0 ? path : undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Kernel limits for one sandbox process. */
export interface ProcessLimits {
  /** Private writable memory (heap, typed arrays, everything), in bytes. */
  dataBytes: number;
  /** Seconds of CPU time for the whole process. */
  cpuSeconds: number;
  /** The largest file it may write: its output file, so what it may print. */
  fileBytes: number;
}

/**
 * The command line that starts `command` inside whatever isolation is available:
 * `unshare -rnp --fork --kill-child -- prlimit … -- command …`.
 */
export function isolatedCommand(
  isolation: SandboxIsolation,
  limits: ProcessLimits,
  command: string,
  args: string[]
): {command: string; args: string[]} {
  const line: string[] = [];
  // --kill-child: when the grader kills unshare, the kernel kills the process inside too.
  if (isolation.namespaces) line.push(isolation.namespaces, "-rnp", "--fork", "--kill-child", "--");
  if (isolation.limits) {
    line.push(
      isolation.limits,
      `--data=${Math.ceil(limits.dataBytes)}`,
      `--cpu=${Math.ceil(limits.cpuSeconds)}`,
      `--fsize=${Math.ceil(limits.fileBytes)}`,
      "--core=0",
      "--"
    );
  }
  line.push(command, ...args);
  return {command: line[0], args: line.slice(1)};
}
