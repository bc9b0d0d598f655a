import { normalizeMessage } from '../../shared/normalize-text.ts';
import type { App } from '../../app.ts';
import { readChoice } from '../../opinions/dialog/consent-at-preview.ts';
import { readSector } from '../../opinions/intake/sectors.ts';
import type { OpinionFields } from '../../opinions/types.ts';
import type { OpinionItem } from './corpus.ts';

/**
 * Replays a member's side of a 社情民意 conversation through the real core. The member's own
 * messages are sent as written; when the bot then asks for something the script did not foresee,
 * a stand-in answers from the member's facts (and counts a turn). Asking again for something the
 * member had already said means the bot did not understand the first time.
 */

export interface OpinionVerdict {
  item: OpinionItem;
  outcomeRight: boolean;
  fieldsRight: boolean;
  firstTime: boolean;
  turns: number;
  /** Contact details given as such but left in the story or suggestion. */
  contactInBody: boolean;
  /** The chat nickname stored as the reporter's name although it is not their name. */
  nicknameAsName: boolean;
  problems: string[];
  /** Which parts were wrong (结果, 情况与问题, 标题, …), each once: the summary counts them. */
  wrongParts: string[];
  transcript: string[];
  stored?: OpinionFields;
}

const MAX_EXTRA_TURNS = 10;

export async function replayOpinion(app: App, item: OpinionItem, now: Date, sequence: { next: number }): Promise<OpinionVerdict> {
  const senderId = `op-${item.id}`;
  if (item.registered) {
    const { member } = await app.storage.members.upsert({ name: item.registered.name, sector: item.registered.sector, phone: item.registered.phone }, now);
    await app.storage.members.bind(`${item.channel}:${senderId}`, member.id, now);
  }
  const who = async () => (await app.directory.identify({ channel: item.channel, senderId, senderName: item.nickname })).memberId;
  const transcript: string[] = [];
  const problems: string[] = [];
  let turns = 0;
  const say = async (text: string, by: 'member' | 'stand-in') => {
    turns++;
    transcript.push(`${by === 'member' ? '委员' : '代答'}：${text}`);
    const replies = await app.core.handle({
      channel: item.channel,
      chatId: senderId,
      isGroup: false,
      senderId,
      senderName: item.nickname,
      text,
      addressed: true,
      messageId: `op-${++sequence.next}`,
      time: now,
    });
    for (const reply of replies) transcript.push(`助手：${reply.text}${reply.choices ? ` ${reply.choices.map((c) => `[${c.label}]`).join('')}` : ''}`);
  };

  const lastQuestion = () => [...transcript].reverse().find((line) => line.startsWith('助手：')) ?? '';
  // A preview turn with the member's messages after it (a second report in the same chat) is said
  // where it stands, once the stand-in has brought the draft to its preview; the rest wait for the end.
  const lastPlain = item.turns.reduce<number>((last, turn, i) => (typeof turn === 'string' ? i : last), -1);
  const previewTurns = item.turns.flatMap((turn, i) => (typeof turn === 'string' || i < lastPlain ? [] : [turn.text]));
  let firstTime = true;
  const untilPreview = async () => {
    for (let extra = 0; extra < MAX_EXTRA_TURNS; extra++) {
      const session = await app.storage.sessions.get(await who());
      if (!session || session.kind !== 'opinion' || session.step === 'preview') return;
      const answer = standIn(item, session.step, session.data, lastQuestion());
      if (answer === null) return;
      if (item.volunteered.includes(session.step)) {
        problems.push(`又问了已经说过的“${session.step}”`);
        firstTime = false;
      }
      await say(answer, 'stand-in');
    }
  };
  // Scripts answer consent as a question asked on its own, before the preview. Shown the preview
  // with the choice instead, a member first says what they have to say about it: a scripted choice
  // that reaches such a preview waits, and is made where the script confirms the preview.
  const asksConsent = async () => {
    const session = await app.storage.sessions.get(await who());
    return session?.kind === 'opinion' && session.step === 'preview' && session.data.signed === undefined;
  };
  let held: string | undefined;
  for (const [i, turn] of item.turns.entries()) {
    if (typeof turn !== 'string') {
      if (i < lastPlain) {
        await untilPreview();
        await say(turn.text, 'member');
      }
      continue;
    }
    if (held === undefined && previewTurns.length > 0 && typeof readChoice(turn, false) === 'boolean' && (await asksConsent())) held = turn;
    else await say(turn, 'member');
  }
  let confirmed = false;
  for (let extra = 0; extra < MAX_EXTRA_TURNS; extra++) {
    const session = await app.storage.sessions.get(await who());
    if (!session) break;
    if (typeof session.data.pendingSwitch === 'string') {
      await say('继续填写', 'stand-in');
      firstTime = false;
      continue;
    }
    if (session.kind !== 'opinion') break;
    let step = session.step;
    if (step === 'preview') {
      const next = previewTurns[0];
      if (held !== undefined && session.data.signed === undefined && (next === undefined || readChoice(next, false) === 'confirm')) {
        if (next !== undefined) previewTurns.shift();
        await say(held, 'member');
        held = undefined;
        continue;
      }
      if (next !== undefined) {
        previewTurns.shift();
        await say(next, 'member');
        continue;
      }
      // A script that stops at the preview means the member, content, confirms; a preview that
      // still asks whether to sign is answered as that question, which submits.
      if (item.expect.outcome !== 'submitted') break;
      if (session.data.signed === undefined) step = 'signed';
      else {
        if (confirmed) break;
        confirmed = true;
        await say('确认提交', 'stand-in');
        continue;
      }
    }
    const answer = standIn(item, step, session.data, lastQuestion());
    if (answer === null) {
      problems.push(`助手追问“${step}”，委员已无可补充`);
      firstTime = false;
      break;
    }
    if (item.volunteered.includes(step)) {
      problems.push(`又问了已经说过的“${step}”`);
      firstTime = false;
    }
    await say(answer, 'stand-in');
  }

  const owner = await who();
  const submitted = (await app.storage.opinions.listByMember(owner)).at(-1);
  const open = await app.storage.sessions.get(owner);
  const outcome = submitted ? 'submitted' : open ? 'open' : 'ended';
  const e = item.expect;
  const outcomeRight = e.outcome === 'submitted' ? outcome === 'submitted' : outcome !== 'submitted';
  const wrongParts: string[] = [];
  if (!outcomeRight) {
    problems.push(`结果应为 ${e.outcome}，实际 ${outcome}`);
    wrongParts.push('结果');
  }
  const fields = submitted?.fields;
  let fieldsRight = outcomeRight;
  let contactInBody = false;
  let nicknameAsName = false;
  if (fields && e.outcome === 'submitted') {
    const check = (ok: boolean, what: string, part: string) => {
      if (!ok) {
        fieldsRight = false;
        problems.push(what);
        if (!wrongParts.includes(part)) wrongParts.push(part);
      }
    };
    // The bot keeps text in one script (Traditional is stored as Simplified, as the README says):
    // an expectation written in Traditional is compared in that form.
    const as = (text: string) => normalizeMessage(text);
    for (const s of e.situation_has ?? []) check(fields.situation.includes(as(s)), `情况与问题缺“${s}”`, '情况与问题');
    for (const s of e.suggestion_has ?? []) check(fields.suggestion.includes(as(s)), `意见建议缺“${s}”`, '意见建议');
    for (const s of e.title_has ?? []) check(fields.title.includes(as(s)), `标题缺“${s}”`, '标题');
    if (e.name) check(fields.name === as(e.name), `姓名应为“${e.name}”，实为“${fields.name}”`, '姓名');
    // A sector is one of the closed list however it is written (经济界 is 经济, 特别邀请人士 is 特邀人士).
    const sector = (text: string) => readSector(text) ?? text;
    if (e.sector) check(sector(fields.sector) === sector(e.sector), `界别应为“${e.sector}”，实为“${fields.sector}”`, '界别');
    if (e.phone) check(fields.phone.replace(/\D/g, '') === e.phone.replace(/\D/g, ''), `电话应为“${e.phone}”，实为“${fields.phone}”`, '电话');
    if (e.signed !== undefined && e.signed !== null) check(fields.signed === e.signed, `署名应为${e.signed ? '同意' : '不同意'}`, '署名');
    const body = `${fields.situation}\n${fields.suggestion}`;
    for (const s of e.body_lacks ?? []) check(!body.includes(as(s)), `正文不应含“${s}”`, '正文多余');
    contactInBody = [item.facts.phone ?? '', item.volunteered.includes('name') ? (item.facts.name ?? '') : ''].some((s) => s && body.includes(s));
    nicknameAsName = !item.registered && item.nickname !== item.facts.name && fields.name === item.nickname;
  }
  if (!outcomeRight) firstTime = false;
  return { item, outcomeRight, fieldsRight, firstTime, turns, contactInBody, nicknameAsName, problems, wrongParts, transcript, ...(fields ? { stored: fields } : {}) };
}

/**
 * What the member would say when asked for `step`, from their facts; null when they have nothing
 * to add. Asked for name, sector and phone together, they give all they have in one message.
 */
function standIn(item: OpinionItem, step: string, data: Record<string, unknown>, asked: string): string | null {
  const f = item.facts;
  switch (step) {
    case 'name':
    case 'name-confirm':
      if (typeof data.nameOffer === 'string' && data.nameOffer === f.name) return '是的';
      if (f.name && asked.includes('界别') && asked.includes('电话')) return [f.sector, f.name, f.phone].filter(Boolean).join(' ');
      return f.name;
    case 'sector':
      return f.sector;
    case 'phone':
      return f.phone;
    case 'signed':
      return f.signed === null ? null : f.signed ? '同意' : '不同意';
    case 'title':
      return f.title ?? `关于${item.expect.situation_has?.[0] ?? '这个问题'}的建议`;
    case 'category':
      return item.expect.category ?? '其他';
    case 'offer':
      return '是的';
    default:
      return null;
  }
}
