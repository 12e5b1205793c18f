/**
 * What the sandbox's harness takes away from its own context before it reads a request: student
 * code runs in a vm context of its own that has no `process` at all (sandboxRealm.ts), so this is
 * the layer behind it, for code that found a way out of that context. On top of Node's permission
 * model (files, child processes, workers, addons) and, where the machine allows, the operating
 * system's namespaces (network, other processes). This layer alone is not a boundary: it closes
 * the doors that code in the same context can reach by name, nothing more.
 */

/**
 * Built-in modules still reachable through `process.getBuiltinModule`: none of them talks to the
 * network or to other processes (`timers` is left out as well).
 */
const allowedBuiltins = new Set([
  "fs",
  "fs/promises",
  "path",
  "util",
  "buffer",
  "events",
  "assert",
  "string_decoder",
  "url",
  "stream"
]);

/** `process` methods that act outside the process (signals, the inspector, native code) or end it under the grader's feet. */
const deniedProcessMethods = [
  "kill",
  "_kill",
  "_debugProcess",
  "_debugEnd",
  "dlopen",
  "binding",
  "_linkedBinding",
  "exit",
  "reallyExit",
  "abort",
  "chdir",
  "setuid",
  "setgid",
  "seteuid",
  "setegid",
  "setgroups",
  "initgroups"
];

/** The network APIs that are globals. */
const deniedGlobals = ["fetch", "WebSocket", "EventSource"];

function accessDenied(what: string): Error {
  return Object.assign(new Error(`${what} is not allowed in a submission`), {code: "ERR_ACCESS_DENIED"});
}

/**
 * Removes the network globals, replaces the `process` methods above with ones that throw, and lets
 * `process.getBuiltinModule` give only the harmless modules. Call once, before any student code.
 */
export function lockDown(): void {
  const global = globalThis as Record<string, unknown>;
  for (const name of deniedGlobals) delete global[name];
  const target = process as unknown as Record<string, unknown>;
  for (const name of deniedProcessMethods) {
    if (!(name in target)) continue;
    const deny = () => {
      throw accessDenied(`process.${name}`);
    };
    replace(target, name, deny);
  }
  const getBuiltinModule = (process as {getBuiltinModule?: (id: string) => unknown}).getBuiltinModule?.bind(process);
  if (getBuiltinModule) {
    const guarded = (id: string) => {
      const name = String(id).replace(/^node:/, "");
      if (!allowedBuiltins.has(name)) throw accessDenied(`the module "${name}"`);
      return getBuiltinModule(name);
    };
    replace(target, "getBuiltinModule", guarded);
  }
}

/** Fixed for good where the property allows it, otherwise assigned. */
function replace(target: Record<string, unknown>, name: string, value: unknown): void {
  try {
    Object.defineProperty(target, name, {value, writable: false, configurable: false, enumerable: false});
  } catch {
    target[name] = value;
  }
}
