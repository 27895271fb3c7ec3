/**
 * A 总分 row whose weight and score OCR glued into one figure (`10098` =
 * 100 | 98): read only when exactly one cut gives a weight up to 100 and a
 * score up to that weight, neither starting with a glued zero.
 */
const FIGURE = /^([1-9]\d*|0)(\.\d+)?$/;

export function splitFusedTotal(text: string): { weight: string; score: string } | null {
  const t = text.trim();
  if (!/^\d[\d.]*$/.test(t)) return null;
  const found: { weight: string; score: string }[] = [];
  for (let k = 1; k < t.length; k += 1) {
    const weight = t.slice(0, k);
    const score = t.slice(k);
    if (!FIGURE.test(weight) || !FIGURE.test(score) || score.startsWith('0')) continue;
    const w = Number(weight);
    if (w > 0 && w <= 100 && Number(score) <= w) found.push({ weight, score });
  }
  return found.length === 1 ? found[0]! : null;
}
