/** What a member types to bind or unbind, read leniently (full-width digits, a colon, commas). */
export type BindRequest =
  | { kind: 'by-phone'; name: string; digits: string }
  | { kind: 'by-code'; code: string }
  | { kind: 'unbind' }
  /** Starts with 绑定 but is neither form: explain how. */
  | { kind: 'help' };

const VERB = /^(?:绑定|綁定)/;
const BY_PHONE = /^(?:绑定|綁定)[\s:：]*(\p{Script=Han}[\p{Script=Han}·•・]{0,9})[\s,，、]*(\d{4}|1\d{10})$/u;
const BY_CODE = /^(?:绑定|綁定)[\s:：]*(\d{6})$/;
const UNBIND = /^(?:解除绑定|解除綁定|解绑|解綁|取消绑定|取消綁定)$/;

const halfWidthDigits = (text: string) => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function readBindRequest(raw: string): BindRequest | null {
  const text = halfWidthDigits(raw.trim());
  if (UNBIND.test(text)) return { kind: 'unbind' };
  if (!VERB.test(text)) return null;
  const byCode = BY_CODE.exec(text);
  if (byCode?.[1]) return { kind: 'by-code', code: byCode[1] };
  const byPhone = BY_PHONE.exec(text);
  if (byPhone?.[1] && byPhone[2]) return { kind: 'by-phone', name: byPhone[1], digits: byPhone[2] };
  return { kind: 'help' };
}
