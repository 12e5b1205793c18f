// The gradebook tests read CSV with the grader's own reader, which has tests of its own (csvParse.test.ts).
export {parseCsv} from "../../src/grader/csvParse.js";
