import * as tf from "@convlab/tfjs";
import {imagePredictionMessages, type Lang} from "../i18n/index.js";
import {predictAsBuilt} from "../models/evaluateAsBuilt.js";
import type {ModelPredictor} from "../run/pageWorkers.js";
import {errorMessage, runBusy} from "./busyWork.js";
import {element} from "./dom.js";
import {probabilityBars} from "./probabilityBars.js";

export interface ImagePrediction {
  element: HTMLElement;
  /**
   * The model to predict with (its output: one probability per class), on the page or in the compute
   * worker (a predictor: see src/run/pageWorkers.ts); predicts again at once.
   */
  setModel(model: tf.LayersModel | ModelPredictor | undefined): void;
}

export interface ImagePredictionOptions {
  lang: Lang;
  classNames: readonly string[];
  /** The model's input side (default 64). */
  size?: number;
  /**
   * Start with the model run as built ({@link runAsBuilt}: Keras's semantics for layers built with
   * `training: true`) rather than TensorFlow.js's `predict` (default false); a checkbox switches.
   */
  asBuilt?: boolean;
}

const canvasSide = 224;

/**
 * "Your own image": draw a digit on a canvas or upload a photo; it is resized to the model's
 * `size × size × 3` in [0, 1], as the document does with `image.load_img(target_size=(64, 64))` and
 * `x / 255`, and the page shows the probability of every class and the predicted class.
 */
export function imagePrediction({
  lang,
  classNames,
  size = 64,
  asBuilt = false
}: ImagePredictionOptions): ImagePrediction {
  const canvas = element("canvas", {class: "convlab-draw", width: String(canvasSide), height: String(canvasSide)});
  const preview = element("canvas", {
    class: "convlab-draw-preview",
    width: String(size),
    height: String(size),
    title: imagePredictionMessages.input(size)[lang]
  });
  const fileInput = element("input", {type: "file", accept: "image/*", class: "convlab-upload-file", hidden: true});
  const uploadButton = element(
    "button",
    {type: "button", class: "convlab-upload"},
    imagePredictionMessages.upload[lang]
  );
  const clearButton = element("button", {type: "button", class: "convlab-clear"}, imagePredictionMessages.clear[lang]);
  const invertBox = element("input", {type: "checkbox", class: "convlab-invert"});
  const centerBox = element("input", {type: "checkbox", class: "convlab-center", checked: true});
  const asBuiltBox = element("input", {type: "checkbox", class: "convlab-as-built", checked: asBuilt});
  const bars = element("div", {class: "convlab-bars"});
  const verdict = element("p", {class: "convlab-verdict", role: "status"}, imagePredictionMessages.noModel[lang]);
  const root = element(
    "section",
    {class: "convlab-image-prediction", "data-state": "no-model"},
    element("p", {class: "convlab-notice"}, imagePredictionMessages.draw[lang]),
    element(
      "div",
      {class: "convlab-draw-row"},
      canvas,
      element("figure", {}, preview, element("figcaption", {}, imagePredictionMessages.input(size)[lang])),
      bars
    ),
    element(
      "div",
      {class: "convlab-buttons"},
      uploadButton,
      clearButton,
      fileInput,
      element("label", {}, invertBox, " ", imagePredictionMessages.invert[lang]),
      element("label", {}, centerBox, " ", imagePredictionMessages.center[lang]),
      element("label", {}, asBuiltBox, " ", imagePredictionMessages.asBuilt[lang])
    ),
    verdict
  );
  const context = canvas.getContext("2d")!;
  let model: tf.LayersModel | ModelPredictor | undefined;
  /** Counts predictions, so that an answer from the worker that a newer one overtook is dropped. */
  let asked = 0;

  const clear = () => {
    context.fillStyle = "black";
    context.fillRect(0, 0, canvasSide, canvasSide);
  };
  const predict = () => {
    if (!model) {
      root.dataset.state = "no-model";
      verdict.textContent = imagePredictionMessages.noModel[lang];
      return;
    }
    try {
      const input = tf.tidy(() =>
        networkInput(tf.browser.fromPixels(canvas), size, {invert: invertBox.checked, center: centerBox.checked})
      );
      void tf.browser.toPixels(input, preview);
      if (!(model instanceof tf.LayersModel)) {
        const pixels = input.dataSync() as Float32Array;
        const shape = [1, ...input.shape];
        input.dispose();
        const ticket = ++asked;
        root.dataset.state = "predicting";
        model.predict(pixels, shape, {asBuilt: asBuiltBox.checked}).then(
          (values) => ticket === asked && showProbabilities(values),
          (error) => {
            if (ticket !== asked) return;
            root.dataset.state = "failed";
            verdict.textContent = imagePredictionMessages.failed(errorMessage(error))[lang];
          }
        );
        return;
      }
      const batch = input.expandDims(0);
      const output = asBuiltBox.checked ? predictAsBuilt(tf, model, batch) : (model.predict(batch) as tf.Tensor);
      const probabilities = output.squeeze([0]);
      tf.dispose([batch, output]);
      const values = Array.from(probabilities.dataSync());
      tf.dispose([input, probabilities]);
      showProbabilities(values);
    } catch (error) {
      root.dataset.state = "failed";
      verdict.textContent = imagePredictionMessages.failed(errorMessage(error))[lang];
    }
  };
  const showProbabilities = (values: number[]) => {
    const best = values.indexOf(Math.max(...values));
    bars.replaceChildren(probabilityBars(values, {highlight: best, labels: classNames, lang}));
    bars.dataset.probabilities = values.map((p) => p.toFixed(6)).join(" ");
    verdict.textContent = imagePredictionMessages.predicted(classNames[best] ?? String(best), values[best])[lang];
    root.dataset.state = "predicted";
    root.dataset.predicted = classNames[best] ?? String(best);
  };

  let drawing = false;
  const point = (event: PointerEvent): [number, number] => {
    const box = canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) / box.width) * canvasSide,
      ((event.clientY - box.top) / box.height) * canvasSide
    ];
  };
  canvas.addEventListener("pointerdown", (event) => {
    drawing = true;
    canvas.setPointerCapture(event.pointerId);
    context.beginPath();
    context.moveTo(...point(event));
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    context.strokeStyle = "white";
    context.lineWidth = canvasSide / 12;
    context.lineCap = "round";
    context.lineJoin = "round";
    context.lineTo(...point(event));
    context.stroke();
  });
  const stop = () => {
    if (!drawing) return;
    drawing = false;
    invertBox.checked = false;
    predict();
  };
  canvas.addEventListener("pointerup", stop);
  canvas.addEventListener("pointerleave", stop);
  clearButton.addEventListener("click", () => {
    clear();
    bars.replaceChildren();
    verdict.textContent = model ? imagePredictionMessages.empty[lang] : imagePredictionMessages.noModel[lang];
  });
  uploadButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    await runBusy(
      uploadButton,
      async () => {
        const bitmap = await createImageBitmap(file);
        clear();
        // Fit the photo into the square canvas, keeping its proportions.
        const scale = Math.min(canvasSide / bitmap.width, canvasSide / bitmap.height);
        const [w, h] = [bitmap.width * scale, bitmap.height * scale];
        context.drawImage(bitmap, (canvasSide - w) / 2, (canvasSide - h) / 2, w, h);
        bitmap.close();
        invertBox.checked = true;
        centerBox.checked = false;
        predict();
      },
      (message) => (verdict.textContent = imagePredictionMessages.failed(message)[lang])
    );
    fileInput.value = "";
  });
  invertBox.addEventListener("change", predict);
  centerBox.addEventListener("change", predict);
  asBuiltBox.addEventListener("change", predict);

  clear();
  return {
    element: root,
    setModel(next) {
      model = next;
      predict();
    }
  };
}

/**
 * A picture (`[h, w, 3]`, 0–255) as the network's input: `[size, size, 3]` in [0, 1]. `invert` turns
 * a dark digit on paper into MNIST's light digit on black; `center` crops the digit's bounding box
 * and places it in the middle with MNIST's margin (20 of 28 pixels for the digit).
 */
export function networkInput(
  pixels: tf.Tensor3D,
  size: number,
  {invert = false, center = false}: {invert?: boolean; center?: boolean} = {}
): tf.Tensor3D {
  return tf.tidy(() => {
    let image = pixels.toFloat().div(255) as tf.Tensor3D;
    if (invert) image = tf.sub(1, image) as tf.Tensor3D;
    const [height, width] = image.shape;
    let box = [0, 0, 1, 1];
    if (center) {
      const ink = image.mean(2).greater(0.2);
      const rows = ink.any(1).dataSync();
      const cols = ink.any(0).dataSync();
      const [top, bottom] = [rows.indexOf(1), rows.lastIndexOf(1)];
      const [left, right] = [cols.indexOf(1), cols.lastIndexOf(1)];
      if (top >= 0 && left >= 0) {
        const side = (Math.max(bottom - top, right - left) + 1) * (28 / 20);
        const [cy, cx] = [(top + bottom + 1) / 2, (left + right + 1) / 2];
        // cropAndResize samples from y1·(h − 1) to y2·(h − 1), pixel centres included: the first and
        // last samples sit half an output pixel inside the square's edges.
        const first = (c: number) => c - side / 2 + side / (2 * size) - 0.5;
        const last = (c: number) => c + side / 2 - side / (2 * size) - 0.5;
        box = [first(cy) / (height - 1), first(cx) / (width - 1), last(cy) / (height - 1), last(cx) / (width - 1)];
      }
    }
    const resized = tf.image.cropAndResize(image.expandDims(0) as tf.Tensor4D, [box], [0], [size, size], "bilinear", 0);
    return resized.squeeze([0]).clipByValue(0, 1) as tf.Tensor3D;
  });
}
