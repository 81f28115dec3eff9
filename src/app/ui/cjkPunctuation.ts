/**
 * Half-width punctuation in Chinese text, shown full-width: `连日来,全市上下` → `连日来，全市上下`. Display only:
 * the data keeps the text as printed (the 原文 view shows it), this runs where text is drawn.
 *
 * The rule, one character at a time:
 * - `, : ; ? !` become `，：；？！` when the character just before or just after it is Chinese (a Han
 *   character, CJK punctuation, a full-width form or a curly quote). Digits or Latin on both sides keep it:
 *   `10:30`, `1,000`, `5G`, `2.9亿` (a `.` is never touched).
 * - A pair `( … )` becomes `（ … ）` when its content or the character just outside it is Chinese:
 *   `(记者 戴余乐)`, `生产总值(GDP)增长`; `f(x)` in Latin text stays. An unpaired bracket follows the first rule.
 * - Spaces right after a converted mark are dropped when Chinese follows (`全市上下, 掀起`): the full-width
 *   mark carries its own space.
 */
const CHINESE = /[\u2018-\u201d\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{2fa1f}]/u;
const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF = /[,:;?!()]/;

const isChinese = (char: string | undefined): boolean => char !== undefined && CHINESE.test(char);

export function cjkPunctuation(text: string): string {
  if (!HALF.test(text) || !CHINESE.test(text)) return text;
  const chars = Array.from(text);
  const out = [...chars];
  const converted = new Set<number>();
  const convert = (i: number) => {
    out[i] = FULL[chars[i]!]!;
    converted.add(i);
  };

  // Brackets first, as pairs (innermost first, so nesting works).
  const open: number[] = [];
  const paired = new Set<number>();
  chars.forEach((char, i) => {
    if (char === '(') open.push(i);
    else if (char === ')' && open.length > 0) {
      const start = open.pop()!;
      paired.add(start).add(i);
      const inside = chars.slice(start + 1, i);
      if (inside.some(isChinese) || isChinese(chars[start - 1]) || isChinese(chars[i + 1])) {
        convert(start);
        convert(i);
      }
    }
  });

  chars.forEach((char, i) => {
    if (!HALF.test(char) || paired.has(i)) return;
    if (isChinese(chars[i - 1]) || isChinese(chars[i + 1]) || isChinese(out[i - 1])) convert(i);
  });

  // A space after a converted mark, before Chinese: the full-width mark already has its room.
  return out
    .filter((char, i) => {
      if (char !== ' ' || !converted.has(i - 1) || chars[i - 1] === '(') return true;
      let next = i;
      while (chars[next] === ' ') next++;
      return !isChinese(chars[next]);
    })
    .join('');
}
