/**
 * How long a test, a hook or a wait in one may take before it counts as hung: a ceiling that only
 * catches a hang, never a budget. Tests wait for events (a DOM state, a message, a process's exit),
 * and a slow or busy machine makes them slower, never failed. The whole suite takes a few minutes.
 */
export const hangCeilingMs = 15 * 60_000;
