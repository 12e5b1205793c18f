import {BaseSequencer, type TestSpecification} from "vitest/node";

/**
 * The files that take longest, slowest first, with the seconds each took in a fresh clone's run on 2
 * cores (3 December 2026, the machine shared: load ~4; lesson1 and lesson2 scaled by their own files'
 * ratio since). Started first, so that none of them is left running alone at the end of the run while
 * the other workers have nothing to do. Only the order depends on this list: a file missing from it,
 * or listed and gone, still runs (after these, largest file first, as Vitest orders them). Vitest
 * orders by the last run's durations only when it has them (node_modules/.vite), which a fresh clone,
 * a CI job, has not.
 */
export const slowestFirst = [
  // The shared worker's files (vitest.config.ts): run first, while the site builds.
  "test/models/zoo/vgg.test.ts", // 32 s (beside the build)
  "test/exercises/resnet50/spec.test.ts", // 20 s
  "test/models/zoo/resnet.test.ts", // 20 s
  "test/exercises/addingAnExercise.test.ts", // 5 s
  "test/models/zoo/inceptionV3.test.ts", // 5 s
  "test/models/zoo/alexnet.test.ts", // 4 s
  "test/models/zoo/densenet.test.ts", // 3 s
  // A process each.
  "test/e2e/lessons.test.ts", // 38 s
  "test/grader/batch.test.ts", // 38 s
  "test/e2e/pages.test.ts", // 33 s
  "test/grader/hostileChannel.test.ts", // 28 s
  "test/e2e/lesson2.test.ts", // 28 s
  "test/run/nodeRunner.test.ts", // 20 s
  "test/backends/browser.test.ts", // 20 s
  "test/e2e/lesson1.test.ts", // 19 s
  "test/e2e/survey.test.ts", // 9 s
  "test/grader/courseZip.test.ts", // 6 s
  "test/grader/gradeSubmission.test.ts", // 5 s
  "test/grader/autograderBundle.test.ts", // 5 s
  "test/e2e/courseExport.test.ts", // 4 s
  "test/e2e/workerDemos.test.ts" // 4 s
];

/**
 * The order of the run's test files, one queue for both projects of vitest.config.ts. Vitest's own
 * order runs the projects one after the other, by name ("isolated" before "shared"), so the shared
 * worker's files, among them the zoo's slowest, ran last, on a worker of their own, with nothing
 * beside them. Here the shared worker's files come first, one after another, so that one process
 * serves them all (Vitest hands a shared worker the next file only when the next in the queue is
 * also one of its own); they need no site, and run while globalSetup builds it. Then the files that
 * run in processes of their own. In each part, slowest first.
 */
export class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const vitestOrder = await super.sort(files);
    const root = (file: TestSpecification) => file.project.config.root;
    const rank = (file: TestSpecification) => {
      const path = file.moduleId.slice(root(file).length + 1).replaceAll("\\", "/");
      const listed = slowestFirst.indexOf(path);
      return listed === -1 ? slowestFirst.length : listed;
    };
    const shared = (file: TestSpecification) => (file.project.config.isolate === false ? 0 : 1);
    // Array.prototype.sort is stable: within a rank, Vitest's order (durations it remembers, or size).
    return vitestOrder.sort((a, b) => shared(a) - shared(b) || rank(a) - rank(b));
  }
}
