/**
 * A vertical headline's punctuation often comes out of a font's Unicode map as the vertical presentation forms
 * (U+FE10–FE19, U+FE30–FE48: ﹃投资西部大开发项目﹄), the shapes a column of text draws. A person reads the marks
 * themselves (『投资西部大开发项目』), and search must find them so: each form reads as the full-width mark it draws.
 * NFKC would turn some into ASCII (︵ → `(`), so the table is spelled out.
 */
const HORIZONTAL: Readonly<Record<string, string>> = {
  '\uFE10': '，',
  '\uFE11': '、',
  '\uFE12': '。',
  '\uFE13': '：',
  '\uFE14': '；',
  '\uFE15': '！',
  '\uFE16': '？',
  '\uFE17': '〖',
  '\uFE18': '〗',
  '\uFE19': '…',
  '\uFE30': '‥',
  '\uFE31': '—',
  '\uFE32': '–',
  '\uFE35': '（',
  '\uFE36': '）',
  '\uFE37': '｛',
  '\uFE38': '｝',
  '\uFE39': '〔',
  '\uFE3A': '〕',
  '\uFE3B': '【',
  '\uFE3C': '】',
  '\uFE3D': '《',
  '\uFE3E': '》',
  '\uFE3F': '〈',
  '\uFE40': '〉',
  '\uFE41': '「',
  '\uFE42': '」',
  '\uFE43': '『',
  '\uFE44': '』',
  '\uFE47': '［',
  '\uFE48': '］',
};

/** The mark a vertical presentation form draws; any other character as it is. */
export const horizontalForm = (ch: string): string => HORIZONTAL[ch] ?? ch;
