/** Mainland phone numbers: mobiles (1[3-9] + 9 digits) and landlines with an area code. */

const MOBILE = String.raw`(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}`;
const LANDLINE = String.raw`(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－]?)\s?\d{7,8}`;
const PHONE = new RegExp(String.raw`(?<!\d)(?:${MOBILE}|${LANDLINE})(?!\d)`);

/** The first phone number anywhere in the text (full-width digits read as ASCII). */
export function findPhone(text: string): string | undefined {
  return PHONE.exec(text.normalize('NFKC'))?.[0];
}

/** Spaces, dashes and brackets are how people group digits, not part of the number. */
export function isValidPhone(text: string): boolean {
  const compact = text.normalize('NFKC').trim().replace(/[\s\-－()（）]/g, '').replace(/^(?:\+|00)?86(?=1)/, '');
  return /^1[3-9]\d{9}$/.test(compact) || /^0\d{2,3}\d{7,8}$/.test(compact);
}
