import type {CheckCase} from "../exercises/index.js";
import type {ResultLimits} from "../run/nodeRunner.js";

/** Room for what every run sends besides its outputs: ids, the outcome's kind, error messages. */
const baseBytes = 256 * 1024;
const perCaseBytes = 64 * 1024;
/** A number the sandbox sends may take this many characters (`-1.2345678901234567e-123,`) where the expected one took fewer. */
const bytesPerNumber = 32;
const baseContainers = 1024;
const depth = 64;

/**
 * How large a run's result may be, from what its checks expect: the expected tensors' and
 * summaries' sizes with a wide margin (four times the JSON, 32 bytes a number; arrays and objects
 * four times the expected count of values and containers), plus room for messages. A result that an
 * honest submission could send fits many times over; a forged one of millions of tiny objects is
 * refused unread, and the grader never spends its time or memory on it (sandboxProcess.ts).
 */
export function resultLimitsFor(checks: CheckCase[]): ResultLimits {
  let bytes = baseBytes;
  let containers = baseContainers;
  for (const check of checks) {
    const size = {chars: 0, leaves: 0, containers: 0};
    // Every field a check compares with: `expected`, `expectedSummary`, and any that a check adds.
    for (const key of Object.keys(check)) {
      if (key.startsWith("expected")) measure((check as unknown as Record<string, unknown>)[key], size, 0);
    }
    bytes += perCaseBytes + 4 * size.chars + bytesPerNumber * size.leaves;
    containers += 64 + 4 * (size.containers + size.leaves);
  }
  return {bytes: Math.ceil(bytes), containers, depth};
}

/** Adds `value`'s JSON length (roughly), values and containers to `size`. */
function measure(value: unknown, size: {chars: number; leaves: number; containers: number}, level: number): void {
  if (level > depth) return;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const items = value as ArrayLike<unknown>;
    ++size.containers;
    size.chars += 2 + items.length;
    for (let i = 0; i < items.length; ++i) measure(items[i], size, level + 1);
  } else if (value && typeof value === "object") {
    ++size.containers;
    size.chars += 2;
    for (const [key, item] of Object.entries(value)) {
      size.chars += key.length + 4;
      measure(item, size, level + 1);
    }
  } else {
    ++size.leaves;
    size.chars += typeof value === "string" ? value.length + 2 : String(value).length;
  }
}
