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
