import type { InboundMessage, Reply } from '../../conversation/types.ts';
import type { Identity } from '../../members/directory.ts';
import type { OpinionFeatureOptions } from '../opinion-feature.ts';
import { OPINION_FIELD_LABELS, type Draft, type DraftStep, type OpinionFields } from '../types.ts';
import { isKnowledgeQuestion, type Intent } from './intents.ts';
import { PREVIEW_CHOICES, renderFields, renderPreview, renderReceipt } from './render.ts';
import { applyField, applyText, ask, cursor, isMissing, problems, propose, STEPS, tips } from './wizard.ts';

type Fields = Partial<OpinionFields>;

const WELCOME =
  '好的，我们来填写社情民意信息。您可以把情况、建议和联系方式一次发给我，也可以按提示一步步填写；随时回复“预览”查看，“取消”放弃。';
const RESUME = '您还有一份未完成的社情民意草稿，我们接着填写。';
const NO_DRAFT = '您当前没有正在填写的社情民意信息。发送“我想反映社情民意”即可开始。';
const CANCELLED = '已取消，本次填写的内容已删除。需要时发送“我想反映社情民意”重新开始。';
const AT_PREVIEW = '内容已经齐全。核对无误请回复“确认提交”；需要修改请回复“修改 字段 新内容”；回复“取消”放弃。';
const WHICH_FIELD = '请说明要修改哪一项，例如“修改 标题 关于……的建议”。可修改：标题、情况与问题、意见建议、类别、姓名、界别、联系电话、署名。';

/** The member's side of the intake, in private chat: one draft per member, its cursor persisted. */
export class DraftDialog {
  constructor(private readonly options: OpinionFeatureOptions) {}

  async handle(message: InboundMessage, intent: Intent, me: Identity): Promise<Reply[] | null> {
    const { store } = this.options;
    let draft = await store.getDraft(me.memberId);
    const notes: Reply[] = [];
    if (draft && draft.expiresAt.getTime() <= this.options.now().getTime()) {
      await store.deleteDraft(me.memberId);
      draft = null;
      notes.push({ text: expiredNotice(this.options.draftTtlMs) });
    }

    if (intent.kind === 'start') return [...notes, ...(await this.start(message, intent.rest, me, draft))];
    if (!draft) {
      if (intent.kind === 'text') return notes.length > 0 ? [...notes, ...(await this.options.answer(message))] : null;
      return [...notes, { text: NO_DRAFT }];
    }

    switch (intent.kind) {
      case 'cancel':
        await store.deleteDraft(me.memberId);
        return [{ text: CANCELLED }];
      case 'preview': {
        const step = cursor(draft.fields);
        if (step !== 'preview') return [{ text: `目前已填写的内容：\n${renderFields(draft.fields)}` }, ask(step)];
        return this.respond(message, me, draft.fields, []);
      }
      case 'confirm':
        return this.confirm(message, me, draft);
      case 'edit':
        return this.edit(message, me, draft, intent.field, intent.value);
      default:
        return this.answerText(message, me, draft);
    }
  }

  private async start(message: InboundMessage, rest: string, me: Identity, draft: Draft | null): Promise<Reply[]> {
    const fields = draft?.fields ?? (await this.prefill(me));
    const lead = { text: draft ? RESUME : WELCOME };
    if (!rest) return [lead, ...(await this.respond(message, me, await propose(fields, this.options.extractor), []))];
    const update = await applyText(fields, 'situation', rest, this.options.extractor);
    const next = update.fields ?? fields;
    return [lead, ...(await this.respond(message, me, await propose(next, this.options.extractor), changed(fields, next)))];
  }

  /** What the bot knows already: the registry profile, else the member's last submission. */
  private async prefill(me: Identity): Promise<Fields> {
    const last = (await this.options.store.listByMember(me.memberId)).at(-1)?.fields;
    const pick = (key: 'name' | 'sector' | 'phone') => me.profile[key] ?? last?.[key];
    return Object.fromEntries((['name', 'sector', 'phone'] as const).map((k) => [k, pick(k)]).filter(([, v]) => v)) as Fields;
  }

  private async answerText(message: InboundMessage, me: Identity, draft: Draft): Promise<Reply[]> {
    if (isKnowledgeQuestion(message.text, draft.step)) {
      await this.save(message, me, draft.fields, draft.step);
      const reminder = draft.step === 'preview' ? '回复“确认提交”即可提交。' : `接着上一步：${ask(draft.step).text}`;
      return [...(await this.options.answer(message)), { text: `（您的社情民意草稿已保留。${reminder}）` }];
    }
    const update = await applyText(draft.fields, draft.step, message.text, this.options.extractor);
    if (update.error !== undefined) {
      const again = draft.step === 'preview' ? { text: AT_PREVIEW, choices: PREVIEW_CHOICES } : ask(draft.step);
      await this.save(message, me, draft.fields, draft.step);
      return update.error ? [{ text: update.error }, again] : [again];
    }
    const next = await propose(update.fields, this.options.extractor);
    return this.respond(message, me, next, changed(draft.fields, next));
  }

  private async edit(message: InboundMessage, me: Identity, draft: Draft, field: keyof OpinionFields | null, value: string): Promise<Reply[]> {
    if (!field) return [{ text: WHICH_FIELD }];
    if (!value) {
      // The next message becomes the new value: the cursor moves to that field.
      await this.save(message, me, draft.fields, field);
      return [{ ...ask(field), text: `请输入新的${OPINION_FIELD_LABELS[field]}。${field === 'category' || field === 'signed' ? ask(field).text : ''}` }];
    }
    const update = applyField(draft.fields, field, value);
    if (update.error !== undefined) return [{ text: update.error }];
    return this.respond(message, me, update.fields, [field]);
  }

  private async confirm(message: InboundMessage, me: Identity, draft: Draft): Promise<Reply[]> {
    const step = cursor(draft.fields);
    if (step !== 'preview') {
      const missing = STEPS.filter((field) => isMissing(draft.fields, field)).map((field) => OPINION_FIELD_LABELS[field]);
      await this.save(message, me, draft.fields, step);
      return [{ text: `还不能提交，尚缺：${missing.join('、')}。` }, ask(step)];
    }
    const { opinion, duplicate } = await this.options.store.submit({
      memberId: me.memberId,
      channel: message.channel,
      messageId: message.messageId,
      fields: draft.fields as OpinionFields,
      now: this.options.now(),
    });
    this.options.log.info({ number: opinion.number, member: me.memberId, duplicate }, 'opinion submitted');
    return [{ text: renderReceipt(opinion) }];
  }

  /** Saves the draft at its new cursor and says what comes next: a fix, the next question, or the preview. */
  private async respond(message: InboundMessage, me: Identity, fields: Fields, touched: readonly (keyof OpinionFields)[]): Promise<Reply[]> {
    const bad = problems(fields);
    const kept = Object.fromEntries(Object.entries(fields).filter(([field]) => !bad.some((b) => b.field === field))) as Fields;
    const step = cursor(kept);
    await this.save(message, me, kept, step);
    const fixes = bad.map((b) => ({ text: b.message }));
    if (step === 'preview') {
      const similar = await this.options.store.findSimilar(me.memberId, { title: kept.title ?? '', situation: kept.situation ?? '' });
      return [...fixes, { text: renderPreview(kept, tips(kept), similar), choices: PREVIEW_CHOICES }];
    }
    const nudges = tips(kept, touched).map((text) => ({ text: `小提示：${text}` }));
    return [...fixes, ...nudges, ask(step)];
  }

  private async save(message: InboundMessage, me: Identity, fields: Fields, step: DraftStep): Promise<void> {
    const now = this.options.now();
    await this.options.store.saveDraft({
      memberId: me.memberId,
      fields,
      step,
      updatedAt: now,
      expiresAt: new Date(now.getTime() + this.options.draftTtlMs),
      channel: message.channel,
      // The private chat: its id is the sender's id on every channel.
      chatId: message.senderId,
    });
  }
}

function changed(before: Fields, after: Fields): (keyof OpinionFields)[] {
  return STEPS.filter((field) => before[field] !== after[field]);
}

export function expiredNotice(ttlMs: number): string {
  const hours = Math.round(ttlMs / 3600_000);
  return `您之前未完成的社情民意草稿已超过 ${hours} 小时未操作，已自动作废。如需反映，请重新发送“我想反映社情民意”。`;
}
