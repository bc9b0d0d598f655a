import { AIMessage, applyStrategy, createMiddleware, detectEmail, HumanMessage, type BaseMessage, type PIIMatch } from 'langchain';

/**
 * Members' personal data never leaves the machine. What members wrote (the question and their
 * earlier turns) may hold their own or other members' phone numbers, ID-card numbers, e-mail
 * addresses and names; each is replaced by a marker such as [REDACTED_PHONE] in every request,
 * at the model-call boundary, so history and retries are covered too. LangChain's `piiMiddleware`
 * looks at the latest user message only, hence this middleware built from its parts. Passages
 * from the knowledge base (public reports and rules) and the prompts go out as they are.
 */

const MOBILE = String.raw`(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}`;
const LANDLINE = String.raw`(?:[(（]0\d{2,3}[)）]|0\d{2,3}-?)\s?\d{7,8}`;
const PHONE = new RegExp(String.raw`(?<!\d)(?:${MOBILE}|${LANDLINE})(?!\d)`, 'g');
/** A mobile number read out by voice input: 一三九 零七一九 一二三四. */
const SPOKEN = '零〇一二三四五六七八九幺两';
const SPOKEN_MOBILE = new RegExp(`(?<![${SPOKEN}])[一幺][三四五六七八九](?:\\s?[${SPOKEN}]){9}(?![${SPOKEN}])`, 'gu');
/** Resident ID numbers: 18 characters with a birth date (last one may be X), or the old 15 digits. */
const ID_CARD = /(?<![\dXx])(?:[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]|[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3})(?![\dXx])/g;

type Detector = (text: string) => PIIMatch[];

function byPattern(...patterns: RegExp[]): Detector {
  return (text) =>
    patterns
      .flatMap((pattern) => [...text.matchAll(pattern)])
      .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
      .sort((a, b) => a.start - b.start)
      .filter((m, i, all) => i === 0 || m.start >= all[i - 1]!.end);
}

/** Every occurrence of the names, longest first where two overlap (王建华 before 王建). */
function byNames(names: readonly string[]): Detector {
  const wanted = [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length);
  return (text) => {
    const found: PIIMatch[] = [];
    for (const name of wanted) {
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
        if (!found.some((f) => at < f.end && at + name.length > f.start)) found.push({ text: name, start: at, end: at + name.length });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

/** Full-width digits as ASCII, one character for one, so a number typed either way is found. */
const halfWidthDigits = (text: string) => text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The text with the personal data of members replaced by markers; `names` are people's names to hide. */
export function redactPersonalData(text: string, names: readonly string[] = []): string {
  const rules: [string, Detector][] = [
    ['id_card', byPattern(ID_CARD)],
    ['phone', byPattern(PHONE, SPOKEN_MOBILE)],
    ['email', detectEmail],
    ['name', byNames(names)],
  ];
  let out = halfWidthDigits(text);
  for (const [type, detect] of rules) out = applyStrategy(out, detect(out), 'redact', type);
  return out;
}

function redactMessage(message: BaseMessage, names: readonly string[]): BaseMessage {
  if (HumanMessage.isInstance(message)) return new HumanMessage({ content: redactPersonalData(message.text, names), id: message.id });
  // The model's earlier answers come back as history; its tool calls were made from redacted text.
  if (AIMessage.isInstance(message) && !message.tool_calls?.length) return new AIMessage({ content: redactPersonalData(message.text, names), id: message.id });
  return message;
}

/** The agent middleware that redacts every request to the model. */
export function privacyMiddleware(names: readonly string[]) {
  return createMiddleware({
    name: 'MemberPrivacyMiddleware',
    wrapModelCall: (request, handler) => handler({ ...request, messages: request.messages.map((m) => redactMessage(m, names)) }),
  });
}
