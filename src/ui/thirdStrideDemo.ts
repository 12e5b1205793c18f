import * as tf from "@convlab/tfjs";
import {compareTensors} from "../check/compare.js";
import {parseNested} from "../check/tensorData.js";
import type {DocumentedFile} from "../exercises/types.js";
import {thirdStrideMessages, type Lang} from "../i18n/index.js";
import {strideDemoInBrowser} from "../run/browserRunner.js";
import type {StrideRun} from "../run/strideDemo.js";
import {errorMessage} from "./busyWork.js";
import {element} from "./dom.js";
import {matrixView} from "./matrixView.js";
import {sideBySide} from "./sideBySide.js";
import {tableView} from "./tableView.js";

/**
 * The stride of the convolutional block's third convolution, shown live. Always: that a 1×1
 * convolution with stride 2 turns the 2×2 map into 1×1, and that Add broadcasts 1×1 against the
 * shortcut's 2×2, so the document's shape assertion passes either way. After the student's block
 * passes its check (`run`): their block on the document's input as written, and again with the
 * third convolution's stride changed to s (the page intercepts that one `tf.layers.conv2d` call).
 */
export function thirdStrideDemo({lang, documented}: {lang: Lang; documented: DocumentedFile}): {
  element: HTMLElement;
  run(source: string): void;
} {
  const pieces = tf.tidy(() => [
    {
      expression: "tf.layers.conv2d({filters: 6, kernelSize: 1, strides: 2}).apply(tf.zeros([3, 2, 2, 4]))",
      shape: shapeOf(
        tf.layers.conv2d({filters: 6, kernelSize: 1, strides: 2}).apply(tf.zeros([3, 2, 2, 4])) as tf.Tensor
      )
    },
    {
      expression: "tf.layers.add().apply([tf.ones([3, 1, 1, 6]), tf.ones([3, 2, 2, 6])])",
      shape: shapeOf(tf.layers.add().apply([tf.ones([3, 1, 1, 6]), tf.ones([3, 2, 2, 6])]) as tf.Tensor)
    }
  ]);
  const result = element(
    "div",
    {class: "convlab-stride-result"},
    element("p", {class: "convlab-notice"}, thirdStrideMessages.waiting[lang])
  );
  const root = element(
    "section",
    {class: "convlab-stride-demo", "data-state": "waiting"},
    tableView(pieces, {expression: thirdStrideMessages.expression[lang], shape: thirdStrideMessages.shape[lang]}),
    result
  );
  const printed = documented.cases.find((entry) => entry.id === "first-example");
  const expected = printed ? parseNested(printed.expected) : undefined;

  return {
    element: root,
    run(source) {
      root.dataset.state = "running";
      void strideDemoInBrowser(source).then(
        (answer) => {
          if ("runs" in answer) return show(answer.runs);
          const message = "timeout" in answer ? thirdStrideMessages.timeout(answer.timeout)[lang] : answer.error;
          fail(message);
        },
        (error) => fail(errorMessage(error))
      );
    }
  };

  function fail(message: string): void {
    result.replaceChildren(element("p", {class: "convlab-problem"}, thirdStrideMessages.failed(message)[lang]));
    root.dataset.state = "failed";
  }

  function show(runs: [StrideRun, StrideRun]): void {
    if (runs[1].changed === 0) {
      result.replaceChildren(element("p", {class: "convlab-notice"}, thirdStrideMessages.notFound[lang]));
      root.dataset.state = "not-found";
      return;
    }
    const matches = (values: number[][][]) =>
      expected?.ok &&
      compareTensors(expected.value, {
        shape: [values.length, values[0].length, values[0][0].length],
        values: values.flat(2)
      }).kind === "equal"
        ? thirdStrideMessages.yes[lang]
        : thirdStrideMessages.no[lang];
    result.replaceChildren(
      tableView(
        runs.map((run, i) => ({
          setting: i ? thirdStrideMessages.strideS[lang] : thirdStrideMessages.strideOne[lang],
          mainPath: run.mainPath,
          output: run.output,
          matches: matches(run.first)
        })),
        {
          setting: "",
          mainPath: thirdStrideMessages.mainPath[lang],
          output: thirdStrideMessages.output[lang],
          matches: thirdStrideMessages.matches[lang]
        }
      ),
      sideBySide(
        ...runs.map((run, i) =>
          matrixView(
            {shape: [2, 2, 6], values: run.first.flat(2)},
            {caption: `A[0], ${i ? thirdStrideMessages.strideS[lang] : thirdStrideMessages.strideOne[lang]}`}
          )
        )
      )
    );
    root.dataset.state =
      matches(runs[0].first) === thirdStrideMessages.yes[lang] &&
      matches(runs[1].first) === thirdStrideMessages.no[lang]
        ? "shown"
        : "shown-unexpected";
  }
}

function shapeOf(tensor: tf.Tensor): string {
  return `(${tensor.shape.join(", ")})`;
}
