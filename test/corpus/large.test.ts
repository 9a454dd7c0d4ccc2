// The corpus's large entries (10,000 data rows; one stray cell at XFD1048576): the same tests as
// corpus.test.ts, in a file of their own so that the two can run side by side.
import { CORPUS } from "./make-corpus";
import { corpusSuite } from "./run";

corpusSuite(CORPUS.filter((e) => e.large));
