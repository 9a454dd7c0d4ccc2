// The sample ward's evaluation: the reference report's nine scores and 103 ballots consistent
// with them (UBND phường Phú Sơn, quarter I/2024). Sample data, not core logic.
import { EVAL_LEVELS } from "../core/messages/evaluation";

/** The reference's nine scores (UBND phường Phú Sơn, quarter I/2024). */
export const SAMPLE_SCORES: readonly number[] = [1.8, 1.8, 2, 2, 2, 2, 1.8, 2, 2];

/**
 * 103 ballots consistent with the reference: an index of 1.8 has 20 ballots scoring 1 and 83
 * scoring 2 (186/103 = 1.806 → 1.8); an index of 2 has 2 ballots scoring 1 (204/103 = 1.98 →
 * 2.0); 22 ballots are "Hài lòng" (21.36 → 21.4%) and 81 "Rất hài lòng" (78.64 → 78.6%).
 * Which ballots get the 1s is spread by multiplying modulo 103 (a prime, so each pattern picks
 * exactly the wanted number of ballots). Deterministic.
 */
export function sampleBallots(): { scores: number[]; level: string }[] {
  const n = 103;
  const out: { scores: number[]; level: string }[] = [];
  for (let k = 0; k < n; k++) {
    const scores = SAMPLE_SCORES.map((target, i) => {
      const ones = target === 2 ? 2 : 20;
      const spread = target === 2 ? (k * 41 + 50 + 7 * i) % n : (k * 37 + 11 * (i + 1)) % n;
      return spread < ones ? 1 : 2;
    });
    const level = (k * 37) % n < 22 ? EVAL_LEVELS[3] : EVAL_LEVELS[4];
    out.push({ scores, level });
  }
  return out;
}
