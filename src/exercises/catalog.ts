import {both, type Localized} from "../i18n/index.js";

/** One exercise as the course's pages list it, without its checks (and without TensorFlow.js). */
export interface CourseExercise {
  /** The exercise's id, its file `<id>.ts` in a submission. */
  id: string;
  title: Localized;
  /** The lesson page that holds its cell (its slug, as in src/site/sidebar.ts) and the cell's section id. */
  lesson: string;
  section: string;
}

/**
 * Every exercise of the course in the order the lessons teach them, for what works on the whole
 * course without loading the exercises themselves: **Export all my work** and the home page's
 * progress. test/exercises/catalog.test.ts holds it to the registry (src/exercises/index.ts) and to
 * the lesson pages.
 */
export const courseExercises: readonly CourseExercise[] = [
  {
    id: "conv2d-one-filter",
    title: both("Свёртка одним фильтром вручную", "Convolution with one filter, by hand"),
    lesson: "1-convolutional-networks",
    section: "exercise-conv2d"
  },
  {
    id: "max-pooling",
    title: both("Max pooling вручную", "Max pooling, by hand"),
    lesson: "1-convolutional-networks",
    section: "exercise-max-pooling"
  },
  {
    id: "le-net",
    title: both("LeNet из базовых блоков", "LeNet from the basic blocks"),
    lesson: "1-convolutional-networks",
    section: "exercise-le-net"
  },
  {
    id: "identity-block",
    title: both("Identity-блок", "The identity block"),
    lesson: "2-residual-networks",
    section: "exercise-identity-block"
  },
  {
    id: "convolutional-block",
    title: both("Convolutional-блок", "The convolutional block"),
    lesson: "2-residual-networks",
    section: "exercise-convolutional-block"
  },
  {
    id: "resnet50",
    title: both("Сборка ResNet-50", "Assembling ResNet-50"),
    lesson: "2-residual-networks",
    section: "exercise-resnet50"
  }
];
