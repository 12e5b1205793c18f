import * as tf from "@convlab/tfjs";
import {augment, noAugmentation, type Augmentation} from "../datasets/augment.js";
import {augmentationMessages, formatNumber, type Lang} from "../i18n/index.js";
import {runBusy} from "./busyWork.js";
import {element} from "./dom.js";

export interface AugmentationsViewOptions {
  lang: Lang;
  /** Images `[n, h, w, c]` in [0, 1] (c = 1 or 3), e.g. a few digits. */
  images: tf.Tensor4D;
  /** How many screen pixels per image pixel (default: about 96 pixels wide). */
  zoom?: number;
}

interface Slider {
  field: "rotation" | "crop" | "cropY" | "cropX" | "scale";
  min: number;
  max: number;
  step: number;
}

const sliders: Slider[] = [
  {field: "rotation", min: -180, max: 180, step: 5},
  {field: "crop", min: 0.3, max: 1, step: 0.05},
  {field: "cropY", min: 0, max: 1, step: 0.05},
  {field: "cropX", min: 0, max: 1, step: 0.05},
  {field: "scale", min: 0.5, max: 2, step: 0.05}
];

/**
 * Adjustable augmentations — rotation, flips, crop, scaling — applied live with TensorFlow.js image
 * ops to a row of images and, once uploaded, to the student's own image (which never leaves the page).
 */
export function augmentationsView({lang, images, zoom}: AugmentationsViewOptions): HTMLElement {
  const inputs = new Map<Slider["field"], HTMLInputElement>();
  const values = new Map<Slider["field"], HTMLElement>();
  const controls = sliders.map((slider) => {
    const input = element("input", {
      type: "range",
      class: `convlab-aug-${slider.field}`,
      min: String(slider.min),
      max: String(slider.max),
      step: String(slider.step),
      value: String(noAugmentation[slider.field])
    });
    const value = element("output", {}, formatNumber(noAugmentation[slider.field], lang));
    inputs.set(slider.field, input);
    values.set(slider.field, value);
    return element(
      "label",
      {class: "convlab-aug-slider"},
      element("span", {}, augmentationMessages[slider.field][lang]),
      input,
      value
    );
  });
  const flipH = element("input", {type: "checkbox", class: "convlab-aug-flip-horizontal"});
  const flipV = element("input", {type: "checkbox", class: "convlab-aug-flip-vertical"});
  const randomButton = element(
    "button",
    {type: "button", class: "convlab-aug-random"},
    augmentationMessages.random[lang]
  );
  const resetButton = element("button", {type: "button", class: "convlab-aug-reset"}, augmentationMessages.reset[lang]);
  const upload = element("input", {type: "file", accept: "image/*", class: "convlab-aug-upload"});
  const problem = element("p", {class: "convlab-problem"});
  const originals = element("div", {class: "convlab-aug-row"});
  const augmented = element("div", {class: "convlab-aug-row"});
  const ownOriginal = element("div", {class: "convlab-aug-row"});
  const ownAugmented = element("div", {class: "convlab-aug-row"});
  const root = element(
    "div",
    {class: "convlab-augmentations", "data-renders": "0"},
    element(
      "div",
      {class: "convlab-aug-controls"},
      ...controls,
      element("label", {}, flipH, " ", augmentationMessages.flipHorizontal[lang]),
      element("label", {}, flipV, " ", augmentationMessages.flipVertical[lang])
    ),
    element(
      "div",
      {class: "convlab-buttons"},
      randomButton,
      resetButton,
      element("label", {}, augmentationMessages.upload[lang], " ", upload)
    ),
    problem,
    element("p", {class: "convlab-aug-caption"}, augmentationMessages.original[lang]),
    originals,
    element("p", {class: "convlab-aug-caption"}, augmentationMessages.augmented[lang]),
    augmented,
    ownOriginal,
    ownAugmented
  );

  const pixelZoom = zoom ?? Math.max(1, Math.round(96 / images.shape[2]));
  let own: tf.Tensor4D | undefined;
  let scheduled = false;

  const current = (): Augmentation => {
    const read = (field: Slider["field"]) => Number(inputs.get(field)!.value);
    return {
      rotation: read("rotation"),
      crop: read("crop"),
      cropY: read("cropY"),
      cropX: read("cropX"),
      scale: read("scale"),
      flipHorizontal: flipH.checked,
      flipVertical: flipV.checked
    };
  };
  const render = async () => {
    scheduled = false;
    for (const [field, output] of values) output.textContent = formatNumber(Number(inputs.get(field)!.value), lang);
    const augmentation = current();
    await drawBatch(augmented, augment(tf, images, augmentation), pixelZoom);
    if (own) await drawBatch(ownAugmented, augment(tf, own, augmentation), 1);
    root.dataset.renders = String(Number(root.dataset.renders) + 1);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => void render());
  };

  for (const input of [...inputs.values(), flipH, flipV]) input.addEventListener("input", schedule);
  randomButton.addEventListener("click", () => {
    for (const slider of sliders) {
      const steps = Math.round((slider.max - slider.min) / slider.step);
      inputs.get(slider.field)!.value = String(slider.min + Math.round(Math.random() * steps) * slider.step);
    }
    flipH.checked = Math.random() < 0.5;
    flipV.checked = Math.random() < 0.5;
    schedule();
  });
  resetButton.addEventListener("click", () => {
    for (const slider of sliders) inputs.get(slider.field)!.value = String(noAugmentation[slider.field]);
    flipH.checked = flipV.checked = false;
    schedule();
  });
  upload.addEventListener("change", async () => {
    const file = upload.files?.[0];
    if (!file) return;
    problem.textContent = "";
    await runBusy(
      upload,
      async () => {
        const bitmap = await createImageBitmap(file);
        const side = 160;
        const ratio = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
        const canvas = element("canvas", {
          width: String(Math.round(bitmap.width * ratio)),
          height: String(Math.round(bitmap.height * ratio))
        });
        canvas.getContext("2d")!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        own?.dispose();
        own = tf.tidy(() => tf.browser.fromPixels(canvas).toFloat().div(255).expandDims(0) as tf.Tensor4D);
        await drawBatch(ownOriginal, own.clone(), 1);
        schedule();
      },
      (message) => (problem.textContent = augmentationMessages.uploadFailed(message)[lang])
    );
  });

  void drawBatch(originals, images.clone(), pixelZoom).then(render);
  return root;
}

/** Draws each image of a batch on its own canvas (and disposes the batch). */
async function drawBatch(row: HTMLElement, batch: tf.Tensor4D, zoom: number): Promise<void> {
  const [n, height, width] = batch.shape;
  const canvases = Array.from({length: n}, () =>
    element("canvas", {
      class: "convlab-aug-image",
      width: String(width),
      height: String(height),
      style: `width:${width * zoom}px;height:${height * zoom}px`
    })
  );
  try {
    const images = tf.tidy(() => tf.unstack(batch.clipByValue(0, 1)) as tf.Tensor3D[]);
    await Promise.all(images.map((image, i) => tf.browser.toPixels(image, canvases[i])));
    tf.dispose(images);
  } finally {
    batch.dispose();
  }
  row.replaceChildren(...canvases);
}
