import type {Lang} from "../i18n/index.js";

/** The Node.js major version `setup.sh` installs (the course needs 20.19 or newer). */
export const nodeMajor = 20;

/**
 * `setup.sh`, run once when the hosted autograder builds its image (Gradescope: Ubuntu, as root,
 * with internet access): installs Node.js from NodeSource and `prlimit`/`unshare` (util-linux),
 * the course's runtime packages, and builds the sandbox's start-up snapshot for that Node.
 */
export function setupScript(): string {
  return `#!/usr/bin/env bash
# ConvLab's autograder: runs once, when the hosted autograder builds its image (Ubuntu, as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq ca-certificates curl gnupg util-linux >/dev/null
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt ${nodeMajor} ]; then
  curl -fsSL https://deb.nodesource.com/setup_${nodeMajor}.x | bash -
  apt-get install -y -qq nodejs >/dev/null
fi
cd "$(dirname "$0")"
# Runtime packages only: the sandbox comes already bundled (.convlab/sandbox.cjs), so esbuild is not needed.
npm ci --omit=dev --no-audit --no-fund
# Builds the sandbox's start-up snapshot for this Node, and says what isolation this machine allows.
node bin/convlab.js sandbox-info
`;
}

/**
 * \`run_autograder\`, run for each submission: grades \`$AUTOGRADER_ROOT/submission\` (default
 * \`/autograder\`) and writes \`results/results.json\`. A results.json is written even when the grader
 * itself fails, so the student sees a message rather than a silent error.
 */
export function runAutograderScript(lang: Lang): string {
  const failure =
    lang === "ru"
      ? "Автопроверка не смогла проверить это решение. Сообщите преподавателю."
      : "The autograder could not grade this submission. Please tell the course staff.";
  return `#!/usr/bin/env bash
# ConvLab's autograder, run for each submission. AUTOGRADER_ROOT (default /autograder) lets you run
# it by hand: put the course in $AUTOGRADER_ROOT/source and the student's files in .../submission.
set -uo pipefail
root="\${AUTOGRADER_ROOT:-/autograder}"
mkdir -p "$root/results"
cd "$root/source" || exit 1
# The student's variant of the hidden checks comes from their identity in Gradescope's metadata.
student="$(node -e 'try { const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const u = (m.users || [])[0] || {}; process.stdout.write(String(u.email || u.id || "")); } catch {}' "$root/submission_metadata.json")"
args=(grade "$root/submission" --json --lang ${lang})
if [ -n "$student" ]; then args+=(--student "$student"); fi
if node bin/convlab.js "\${args[@]}" > "$root/results/results.json.partial"; then
  mv "$root/results/results.json.partial" "$root/results/results.json"
else
  rm -f "$root/results/results.json.partial"
  printf '%s\\n' '{"score": 0, "output": "${failure}", "visibility": "visible", "tests": []}' > "$root/results/results.json"
fi
`;
}
