/**
 * Full-width Latin letters and digits become ASCII, so ２０２４ and 2024 match; the full-width
 * period and percent sign follow when attached to a digit (５．２％ → 5.2%), and a hyphen joining
 * letters and digits (ＳＱＭＹ－２０２６ → SQMY-2026) is the ASCII one. Chinese
 * punctuation such as ，。？（） is left as written, in documents and questions alike.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９Ａ-Ｚａ-ｚ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)％/gu, '%')
    .replace(/(?<=[0-9A-Za-z])[－‐‑–](?=[0-9A-Za-z])/gu, '-')
    .replace(/\u3000/gu, ' ');
}
