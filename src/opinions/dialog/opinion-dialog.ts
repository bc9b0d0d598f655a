import type { Dialog, DialogTurn, StepOutcome } from '../../conversation/dialog/dialog.ts';
import type { DialogSession } from '../../conversation/dialog/session.ts';
import type { Reply } from '../../conversation/types.ts';
import type { Identity } from '../../members/directory.ts';
import type { Metrics } from '../../shared/metrics.ts';
import type { OpinionExtractor } from '../extractor.ts';
import type { OpinionStore } from '../opinion-store.ts';
import { OPINION_FIELD_LABELS, type OpinionFields } from '../types.ts';
import { withoutDecoration } from '../intake/extract.ts';
import { readCorrection } from '../intake/corrections.ts';
import { looksLikeRealName } from '../intake/person-name.ts';
import { readYesNo } from '../../shared/yes-no.ts';
import { readIntroduction } from '../intake/introduction.ts';
import { withoutWriterInStory } from '../intake/about-the-writer.ts';
import { surnameFirst } from './surname-first.ts';
import { restatesContact } from './contact-answers.ts';
import { isKnowledgeQuestion } from './intents.ts';
import { answerAboutTheDraft, hesitates, readPreviewEdit, takeYourTime } from './preview-edits.ts';
import { withCorrections, withSeveralChanges } from './preview-changes.ts';
import { asksToPolish, POLISH_REPLY } from './remarks.ts';
import { readPreviewReply } from './preview-reply.ts';
import { CONSENT_QUESTION, previewChoices, renderFields, renderPreview, renderReceipt, renderSameContent } from './render.ts';
import { CONSENT_ASKED, previewPrompt, readAsConsentStep, readAtConsent } from './consent-at-preview.ts';
import { changed, fieldsOf, withoutOwnName, withoutOwnPhone, withoutTopicOnly, withProfile } from './draft-fields.ts';
import { greetIntroduction, INTRODUCED, OFFERED, offerAsReport, settleIntroduction, settleOffer } from './before-the-report.ts';
import { heldData, heldIn, NUMBER_UNFINISHED, readSplit, withoutHeld } from './split-messages.ts';
import { isNoStoryYet, withoutAsidesLeadingTheStory, withoutLeadingAsides } from './typist-asides.ts';
import { putRight } from './put-right.ts';
import { withMoreTold } from './put-right-while-telling.ts';
import { spelledName } from '../intake/name-spelling.ts';
import { answeringProcessQuestions, processQuestionsIn } from './process-questions.ts';
import { CANCELLED, expiredNotice, NAME_CHOICES, NICKNAME_IS_NAME, NOT_SUBMITTED, RESUME, SAYS_WRONG, startField, WELCOME, WHICH_FIELD } from './dialog-texts.ts';
import { isMissing } from './draft-text.ts';
import { applyField, applyText, ask, cursor, problems, propose, STEPS, tips } from './wizard.ts';

type Fields = Partial<OpinionFields>;

export interface OpinionDialogOptions {
  store: OpinionStore;
  extractor: OpinionExtractor;
  ttlMs: number;
  /** Counts submissions. */
  metrics?: Metrics;
}

export const OPINION_DIALOG = 'opinion';

/** 社情民意 intake as a dialog: the story first, then who reports it; the title and category are proposed. */
export class OpinionDialog implements Dialog<Identity> {
  readonly kind = OPINION_DIALOG;
  readonly label = '社情民意草稿';
  readonly light = false;
  readonly ttlMs: number;

  constructor(private readonly options: OpinionDialogOptions) {
    this.ttlMs = options.ttlMs;
  }

  async begin(turn: DialogTurn<Identity>, start: unknown): Promise<StepOutcome> {
    const key = (['offer', 'rest'] as const).find((field) => startField(start, field));
    return key ? answeringProcessQuestions(turn, startField(start, key), (text) => this.beginWith(turn, { [key]: text })) : this.beginWith(turn, start);
  }

  private async beginWith({ me, session }: DialogTurn<Identity>, start: unknown): Promise<StepOutcome> {
    const offered = startField(start, 'offer');
    if (offered) return offerAsReport(offered);
    const introduction = startField(start, 'introduced');
    if (introduction) return greetIntroduction(introduction);
    // Who the member said they were, before saying they want to report, is who reports it.
    const introduced = session.step === INTRODUCED ? readIntroduction(String(session.data.intro ?? '')) : null;
    if (session.step === INTRODUCED) session = { ...session, step: 'start', data: {} };
    // "帮我报一下" while a message waits on the offer: that message is the report.
    const waiting = session.step === OFFERED ? String(session.data.offer ?? '') : '';
    if (session.step === OFFERED) session = { ...session, step: 'start', data: {} };
    const said = startField(start, 'rest');
    const given = waiting && said ? `${waiting}\n${said}` : waiting || said;
    // "我想反映社情民意🙏", "…… 我是用语音说的": nothing but decoration or a remark on the typing is no story yet.
    const rest = withoutDecoration(given) === '' || isNoStoryYet(given.trim()) ? '' : withoutLeadingAsides(given);
    const resumed = Object.keys(fieldsOf(session)).length > 0 && session.step !== 'start';
    const fields = resumed ? fieldsOf(session) : { ...(await this.prefill(me)), ...introduced };
    const lead = { text: resumed ? RESUME : WELCOME };
    if (!rest) return this.respond(session, me, await propose(fields, this.options.extractor), [], [lead]);
    // "以上是我写的材料，你帮我报一下，我是文化艺术界的": on a draft under way, the answer to what it asks.
    const update = await applyText(fields, resumed ? cursor(fields) : 'situation', rest, this.options.extractor);
    // "我是开五金店的，工商联的": who the member is, said before the story, is no part of it.
    const next = resumed ? (update.fields ?? fields) : withoutTopicOnly(withoutAsidesLeadingTheStory(withoutWriterInStory(update.fields ?? fields)));
    return this.respond(session, me, await propose(next, this.options.extractor), changed(fields, next), [lead]);
  }

  /** Only a greeting answered: no story, no pieces, no introduction to keep. */
  holdsNothing(session: DialogSession): boolean {
    return session.step === INTRODUCED && heldIn(session.data).pieces.length === 0 && !readIntroduction(String(session.data.intro ?? ''));
  }

  async step(turn: DialogTurn<Identity>): Promise<StepOutcome> {
    if ([OFFERED, INTRODUCED, 'preview'].includes(turn.session.step)) return this.stepOn(turn);
    const { session } = turn;
    const waiting = async (): Promise<StepOutcome> => ({ replies: this.prompt(session), next: { step: session.step, data: session.data } });
    return answeringProcessQuestions(turn, turn.message.text, (text) => (text ? this.stepOn({ ...turn, message: { ...turn.message, text } }) : waiting()));
  }

  private async stepOn(turn: DialogTurn<Identity>): Promise<StepOutcome> {
    const { message, me, session, now } = turn;
    if (session.step === OFFERED) return settleOffer(turn, (at, start) => this.begin(at, start));
    if (session.step === INTRODUCED) return settleIntroduction(turn, (at, start) => this.begin(at, start));
    const fields = withProfile(fieldsOf(session), me);
    const step = cursor(fields);
    if (step === 'preview') return this.atPreview(session, me, fields, message.text, { channel: message.channel, now });
    const offer = session.data.nameOffer;
    if (step === 'name' && typeof offer === 'string') {
      // "名字就是我微信名": the offered nickname is the name.
      // "是的 我就是陈晓燕": the name offered, said back.
      const saidBack = message.text.trim().replace(/^(?:是的?|对的?|嗯+|没错)[，,！!。\s]*/u, '').replace(/^(?:我)?(?:就)?(?:是|叫)/u, '').replace(/[。！!～~\s]+$/u, '') === offer;
      const yes = NICKNAME_IS_NAME.test(message.text.trim()) || saidBack ? 'yes' : readYesNo(message.text);
      if (yes === 'yes') return this.respond(session, me, { ...fields, name: offer }, ['name']);
      if (yes === 'no') return { replies: [ask('name')], next: { step, data: { ...session.data, nameOffer: false } } };
    }
    const held = heldIn(session.data);
    const collecting = (step === 'situation' && isMissing(fields, 'situation')) || ((step === 'situation' || step === 'suggestion') && held.fragmentary);
    const split = readSplit(held, message.text, collecting);
    if (split.hold) {
      // The first piece of a story gets the nudge a thin story gets: where, since when, how many.
      const first = held.pieces.length === 0 && split.held.pieces.length === 1 ? tips({ [step]: split.held.pieces[0] }, [step]).map((text) => ({ text: `小提示：${text}` })) : [];
      return { replies: [...first, { text: split.reply }], next: { step, data: { ...withoutHeld(session.data), ...heldData(split.held) } } };
    }
    // Held pieces are read first, as one message, at the step they were asked for.
    let read = fields;
    for (const text of split.texts.slice(0, -1)) read = await propose((await applyText(read, cursor(read), text, this.options.extractor)).fields ?? read, this.options.extractor);
    const outcome = await this.readOne(turn, fields, read, split.texts.at(-1));
    if (!('next' in outcome)) return outcome;
    // "电话135": the number is asked to be finished, not asked for again.
    const replies = split.held.digits && outcome.next.step === 'phone' ? [...outcome.replies.slice(0, -1), { text: NUMBER_UNFINISHED }] : outcome.replies;
    return { replies, next: { ...outcome.next, data: { ...withoutHeld(outcome.next.data), ...heldData(split.held) } } };
  }

  /** The last text of a message read at the cursor, after any held pieces put `read` ahead of `fields`. */
  private async readOne({ message, me, session, now }: DialogTurn<Identity>, fields: Fields, read: Fields, text: string | undefined): Promise<StepOutcome> {
    const step = cursor(read);
    if (text === undefined) return this.respond(session, me, await propose(read, this.options.extractor), changed(fields, read));
    if (step === 'preview') return this.atPreview(session, me, read, text, { channel: message.channel, now });
    // "哦刚才说错了，是28路，不是18路" while the next question waits: the story put right, not added to.
    // ("不对 说错了 是市三中 不是二中 网吧在三中后门 ……": and what is told after it is more of the story.)
    const putRightNow = SAYS_WRONG.test(text) ? putRight(read, text) : null;
    const andMore = putRightNow && withMoreTold(read, putRightNow, text);
    if (andMore) return this.respond(session, me, andMore, changed(fields, andMore));
    // "弓长张 振兴的振 中华的华": how the name is written, not an answer to what is asked now.
    const spelled = spelledName(text);
    if (spelled) return this.respond(session, me, { ...read, name: spelled }, changed(fields, { ...read, name: spelled }));
    // "我姓汪 三点水的汪", then "丽萍": the surname kept until the given name comes.
    const part = step === 'name' ? surnameFirst(text, session.data.surname) : null;
    if (part && 'name' in part) return this.respond(session, me, { ...read, name: part.name }, changed(fields, { ...read, name: part.name }));
    if (part) return { replies: [{ text: part.ask }], next: { step, data: { ...session.data, surname: part.surname } } };
    const update = await applyText(read, step, text, this.options.extractor);
    if (update.error !== undefined) {
      if (read !== fields) return this.respond(session, me, await propose(read, this.options.extractor), changed(fields, read));
      // A name the readers do not know (a rare surname, a dharma name) is taken when given again as a bare name.
      const bare = message.text.trim();
      if (step === 'name' && session.data.nameAsked === bare && /^[\p{Script=Han}·]{2,6}$/u.test(bare)) return this.respond(session, me, { ...fields, name: bare }, ['name']);
      const data = step === 'name' ? { ...session.data, nameAsked: bare } : session.data;
      return { replies: update.error ? [{ text: update.error }, ask(step)] : [ask(step)], next: { step, data } };
    }
    return this.respond(session, me, await propose(update.fields, this.options.extractor), changed(fields, update.fields));
  }

  prompt(session: DialogSession): Reply[] {
    if (session.step === OFFERED) return offerAsReport(String(session.data.offer ?? '')).replies;
    const step = cursor(fieldsOf(session));
    return step === 'preview' ? [previewPrompt(fieldsOf(session), session.data)] : [ask(step, fieldsOf(session))];
  }

  async preview(session: DialogSession, me: Identity): Promise<Reply[]> {
    const fields = withProfile(fieldsOf(session), me);
    const step = cursor(fields);
    if (step !== 'preview') return [{ text: `目前已填写的内容：\n${renderFields(fields)}` }, ask(step)];
    const similar = await this.options.store.findSimilar(session.owner, { title: fields.title ?? '', situation: fields.situation ?? '' });
    return [{ text: renderPreview(fields, tips(fields), similar), choices: previewChoices(fields) }];
  }

  isAside(text: string, session: DialogSession): boolean {
    // "这个能当社情民意反映吗？我下乡义诊发现……": the question is answered in the step, the story kept.
    const { questions, rest } = processQuestionsIn(text);
    if (questions.length > 0 && rest !== '') return false;
    return isKnowledgeQuestion(text, cursor(fieldsOf(session)));
  }

  cancelled(): string {
    return CANCELLED;
  }

  expired(): string {
    return expiredNotice(this.ttlMs);
  }

  notSaved(session: DialogSession): string | undefined {
    return session.step === 'preview' ? NOT_SUBMITTED : undefined;
  }

  private async atPreview(session: DialogSession, me: Identity, shown: Fields, said: string, at: { channel: string; now: Date }): Promise<StepOutcome> {
    // Consent asked with the preview: the member's choice submits; said among other news, it is kept.
    const consent = isMissing(shown, 'signed') ? readAtConsent(said, session.data[CONSENT_ASKED] === true) : null;
    if (consent && 'choice' in consent) return this.submit(session, me, consent.choice === 'confirm' ? shown : { ...shown, signed: consent.choice }, at);
    const [fields, text] = consent ? [{ ...shown, signed: consent.signed }, consent.rest] : [shown, said];
    const answer = asksToPolish(text) ? POLISH_REPLY : hesitates(text) ? takeYourTime(isMissing(fields, 'signed')) : answerAboutTheDraft(fields, text);
    if (answer) return { replies: [{ text: answer, choices: previewChoices(fields) }], next: { step: 'preview', data: session.data } };
    const several = withSeveralChanges(fields, text);
    if (several) return this.respond(session, me, several, changed(fields, several));
    const corrections = readCorrection(text, undefined, fields);
    if (corrections) {
      // Named but no new value ("电话写错了"): the next message gives it ("署名改一下": the preview asks again).
      const open = corrections.find((c) => c.value === null);
      if (open) {
        const data = { ...(withCorrections(fields, corrections.slice(0, corrections.indexOf(open)), text) as Record<string, unknown>) };
        delete data[open.field];
        if (open.field === 'signed') return this.respond(session, me, data, []);
        return { replies: [{ ...ask(open.field), text: `请输入新的${OPINION_FIELD_LABELS[open.field]}。` }], next: { step: open.field, data } };
      }
      return this.respond(session, me, withCorrections(fields, corrections, text), corrections.map((c) => c.field));
    }
    // While consent is open, a message is also read as it was when consent was asked on its own.
    const asBefore = isMissing(fields, 'signed') ? await readAsConsentStep(fields, text, this.options.extractor) : undefined;
    if (asBefore && (['name', 'sector', 'phone'] as const).some((field) => asBefore[field] !== fields[field])) return this.respond(session, me, asBefore, changed(shown, asBefore));
    const edited = readPreviewEdit(fields, text);
    if (edited) return this.respond(session, me, edited, changed(fields, edited));
    const reply = readPreviewReply(text);
    switch (reply.kind) {
      case 'confirm':
        return this.submit(session, me, fields, at);
      case 'edit': {
        if (!reply.field) return { replies: [{ text: WHICH_FIELD }], next: { step: 'preview', data: session.data } };
        if (reply.value === '') {
          // The next message becomes the new value.
          const data = { ...session.data };
          delete data[reply.field];
          if (reply.field === 'signed') return this.respond(session, me, { ...fields, signed: undefined }, []);
          return { replies: [{ ...ask(reply.field), text: `请输入新的${OPINION_FIELD_LABELS[reply.field]}。${reply.field === 'category' ? ask(reply.field).text : ''}` }], next: { step: reply.field, data } };
        }
        const update = applyField(fields, reply.field, reply.value, reply.append);
        if (update.error !== undefined) return { replies: [{ text: update.error }], next: { step: 'preview', data: session.data } };
        return this.respond(session, me, update.fields, [reply.field]);
      }
      default: {
        const restated = restatesContact(fields, text);
        if (restated === 'confirmed') return this.submit(session, me, fields, at);
        // A message with new content (more details, a story bubble still coming) may still fill or fix fields; details said back add none.
        const next = restated === 'same' ? fields : (asBefore ?? (await applyText(fields, 'preview', text, this.options.extractor)).fields ?? fields);
        if (changed(shown, next).length > 0) return this.respond(session, me, next, changed(shown, next));
        return { replies: [previewPrompt(fields, session.data)], next: { step: 'preview', data: session.data } };
      }
    }
  }

  private async submit(session: DialogSession, me: Identity, fields: Fields, { channel, now }: { channel: string; now: Date }): Promise<StepOutcome> {
    if (cursor(fields) !== 'preview') {
      const missing = STEPS.filter((field) => isMissing(fields, field)).map((field) => OPINION_FIELD_LABELS[field]);
      return { replies: [{ text: `还不能提交，尚缺：${missing.join('、')}。` }, ask(cursor(fields) as keyof OpinionFields)], next: { step: cursor(fields), data: session.data } };
    }
    // A confirmation that makes no choice gets one short question; its answer submits.
    if (isMissing(fields, 'signed')) return { replies: [CONSENT_QUESTION], next: { step: 'preview', data: { ...session.data, [CONSENT_ASKED]: true } } };
    // Keyed on the dialog, not the message: a confirmation retried after a crash gets the same number.
    // The same content sent again in a new dialog (the receipt was lost) gets the number it has.
    const result = await this.options.store.submit({
      memberId: me.memberId,
      channel,
      messageId: `dialog:${session.id}`,
      fields: fields as OpinionFields,
      now,
    });
    if (!result.duplicate) this.options.metrics?.incSubmission();
    const text = result.duplicate && result.matched === 'content' ? renderSameContent(result.opinion) : renderReceipt(result.opinion);
    return { replies: [{ text }], done: true };
  }

  /** What the bot knows already: the registry profile, else the member's last submission. */
  private async prefill(me: Identity): Promise<Fields> {
    const last = (await this.options.store.listByMember(me.memberId)).at(-1)?.fields;
    const pick = (key: 'name' | 'sector' | 'phone') => me.profile[key] ?? last?.[key];
    return Object.fromEntries((['name', 'sector', 'phone'] as const).map((k) => [k, pick(k)]).filter(([, v]) => v)) as Fields;
  }

  /** Moves the cursor and says what comes next: a fix, the next question, or the preview. */
  private async respond(session: DialogSession, me: Identity, given: Fields, touched: readonly (keyof OpinionFields)[], lead: Reply[] = []): Promise<StepOutcome> {
    // "我是巴雅尔" from 额尔敦巴雅尔: a short form of the registered name is the registered name.
    const full = me.profile.name;
    const named = full && given.name && given.name !== full && full.includes(given.name) ? { ...given, name: full } : given;
    const fields = withoutOwnPhone(withoutOwnName(named));
    const bad = problems(fields);
    const kept = Object.fromEntries(Object.entries(fields).filter(([field]) => !bad.some((b) => b.field === field))) as Fields;
    const step = cursor(kept);
    const declined = session.data.nameOffer === false;
    const next: { step: string; data: Record<string, unknown> } = { step, data: { ...(kept as Record<string, unknown>), ...(declined ? { nameOffer: false } : {}) } };
    const fixes = bad.map((b) => ({ text: b.message }));
    // A chat nickname that reads like a real name is offered for confirmation, never taken as it is.
    if (step === 'name' && !declined && me.nickname && looksLikeRealName(me.nickname)) {
      next.data = { ...next.data, nameOffer: me.nickname };
      const question = { text: `请问反映人姓名是“${me.nickname}”吗？如果不是，请直接回复姓名。`, choices: NAME_CHOICES };
      return { replies: [...lead, ...fixes, ...tips(kept, touched).map((text) => ({ text: `小提示：${text}` })), question], next };
    }
    if (step === 'preview') {
      const similar = await this.options.store.findSimilar(me.memberId, { title: kept.title ?? '', situation: kept.situation ?? '' });
      return { replies: [...lead, ...fixes, { text: renderPreview(kept, tips(kept), similar), choices: previewChoices(kept) }], next };
    }
    const nudges = tips(kept, touched).map((text) => ({ text: `小提示：${text}` }));
    return { replies: [...lead, ...fixes, ...nudges, ask(step, kept)], next };
  }
}
