// Values the tests take from the course documents, transcribed once here so the tests run on any
// clone; test/documents/provenance.test.ts checks each against its document where the documents exist.

/** Document 004's `le_net_trainable_variables` print (cell 17): name and shape, in its order. */
export const leNetDocumentVariables: ReadonlyArray<{name: string; shape: number[]}> = [
  {name: "conv1/conv/weights", shape: [5, 5, 3, 6]},
  {name: "conv1/conv/bias", shape: [6]},
  {name: "conv2/conv/weights", shape: [5, 5, 6, 16]},
  {name: "conv2/conv/bias", shape: [16]},
  {name: "fc1/weights", shape: [1024, 120]},
  {name: "fc1/bias", shape: [120]},
  {name: "fc2/weights", shape: [120, 84]},
  {name: "fc2/bias", shape: [84]},
  {name: "fc3/weights", shape: [84, 10]},
  {name: "fc3/bias", shape: [10]}
];

/** Document 004, `In [11]`: the 18 numbers of `dense(zeros [1, 9], 18)` (its bias, Glorot-initialized). */
export const denseBiasDocumentOutput: readonly number[] = [
  0.3247372, 0.266706, -0.03641906, 0.34226698, 0.15396553, -0.2293282, 0.18490332, -0.01789281, -0.29601657,
  -0.02632582, 0.35386634, -0.3678915, 0.02026698, 0.25488275, -0.29531676, -0.313573, 0.3309955, 0.3230583
];

/**
 * Document 004, `In [50]`: LeNet's log on CIFAR-10, epochs 1 to 10, each line's `[acc, loss]` as printed
 * (train, then validation).
 */
export const leNetDocumentLog: ReadonlyArray<{epoch: number; train: string; validation: string}> = [
  {epoch: 1, train: "[0.12302, 3.3215249]", validation: "[0.1512, 0.36490077]"},
  {epoch: 2, train: "[0.16608, 0.35136887]", validation: "[0.187, 0.33783063]"},
  {epoch: 3, train: "[0.1994, 0.3302531]", validation: "[0.219, 0.32274953]"},
  {epoch: 4, train: "[0.23234, 0.3169203]", validation: "[0.2463, 0.31234303]"},
  {epoch: 5, train: "[0.26328, 0.30720618]", validation: "[0.2731, 0.3045999]"},
  {epoch: 6, train: "[0.28178, 0.2989803]", validation: "[0.2922, 0.2977122]"},
  {epoch: 7, train: "[0.30046, 0.29220814]", validation: "[0.3115, 0.29127377]"},
  {epoch: 8, train: "[0.31316, 0.28656602]", validation: "[0.3266, 0.2857734]"},
  {epoch: 9, train: "[0.32808, 0.28179651]", validation: "[0.3318, 0.2822675]"},
  {epoch: 10, train: "[0.3384, 0.27842686]", validation: "[0.3347, 0.27977246]"}
];
