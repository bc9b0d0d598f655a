import { readYesNo } from '../../shared/yes-no.ts';
import { consentSpans, readConsent } from './consent.ts';
import { isNameInFrame, isPersonName, nameAt, skipIntroduction, statedSurnameName } from './person-name.ts';
import { contactPhoneSpans } from './phone.ts';
import { looksLikeSectorName, sectorAt, type Sector } from './sectors.ts';
import { SECTOR_TAIL_RUN, type Found } from './signature-clauses.ts';
import { calledAt, partialIntroductions } from './partial-introductions.ts';
import { STAFF_ONLY_LEAD } from './staff-only.ts';
import { isContactBlock, NAME_END, otherContactForms, SECTOR_LINE, sectorAfter } from './contact-forms.ts';
import { spellsASurname } from './name-spelling.ts';
import { WORKS_AT } from './who-they-are.ts';
import { selfDescriptions } from './self-description.ts';
import { bodiesReportingIt } from './reporting-body.ts';

/**
 * Labels of a signature: 联系人：马俊, 反映人 徐丽, 姓名:王建华 — at the start of a clause or with a
 * colon, so "社区联系人张强说……" in a story stays (and "现场联系人：……" names somebody to contact at the place).
 */
const NAME_LABEL = /(?:(?<=^|[\s，,。；;！!？?（(])[〔【[]?(?:(?:先)?留(?:个|一下)?联系方式|(?:我的|本人)?联系方式|联系人|反映人|反应人|姓名|全名|中文名|真名|俗名|本名|提交人|报送人|报告人|提供人|信息提供人|供稿人|执笔人|撰稿人|撰写人)[〕】\]]?(?:是|为)?[\s:：]*|(?<!现场|当地|村里|村上|社区|对接|具体|负责|单位|学校|医院|企业|公司)(?:联系人|反映人|姓名|提交人|报送人|报告人|提供人|供稿人|来源|执笔|执笔人|撰稿|撰稿人|撰写人|起草人|作者|落款|签名|[Cc]ontact(?: me)?|[Nn]ame|[Ss]ign(?:ed|ature)?)[:：]\s*|(?<=^|[\s，,。；;])(?:名字|姓名)[^：:\n，,。]{1,10}[:：]\s*)/gu;
const SECTOR_LABEL = /(?:所在界别|界别)(?:是|为)?[\s:：]*|(?:工作单位|所在单位|单位|党派|所属党派|[Ss]ector|[Pp]arty)[:：]\s*(?=\p{Script=Han})/gu;
const CONSENT_LABEL = /(?:是否)?(?:同意)?署名(?:报送)?[\s:：]+([^\s，,。；;]{1,6})/gu;
// ("我经济界的老于", "我民盟的": 我 before a sector says 我是; "我俗名张德明": 是 left out.)
// ("贫道俗名杨明德": a monk's or a Taoist's humble word for 我.)
const INTRO = /(?:(?:我|贫道|贫僧|鄙人|在下|老朽)(?:的)?(?:俗名|本名|大名|全名|真名|学名)(?:是|叫)?|我叫|我名叫|我是|我系|我(?=\p{Script=Han}{1,6}界的|(?:民革|民盟|民建|民进|农工党?|致公党?|九三学社|九三|台盟|无党派)的)|本人(?:是|叫)?|鄙人|在下|我的名字(?:是|叫)|我名字(?:是|叫))[\s:：]*/gu;
/** Where an introduction may begin: a clause start, or after a greeting or the start phrase. */
const INTRO_PLACE = /(?:^|[\s，,。；;！!？?:：（(【]|您好|你好|喂|老师好|在吗|情况|问题|社情民意|信息|一下|秘书|主任|老师|领导|同志)$/u;
/** After the name in a signature run on at the end: the phone or consent. */
const SIGNATURE_GOES_ON = /^[，,\s]*(?:电话|手机|联系|\d|同意|署名|匿名|不署名|可以署名)/u;
/** What may follow an introduction that names only a sector: 我是民盟的, 我是九三学社委员. */
const SECTOR_INTRO_END = /^(?:界别?)?(?:的)?(?:政协)?(?:委员|常委)?(?:嘛|噻|哦|啊|呀|哈|撒|哟|噢)?(?:$|[，,。；;！!？?\s\n])/u;
/** "我是民进的委员 在一家普惠性民办园当园长 叫彭媛": what they do, then their name, after the sector. */
function namedAfterWhatTheyDo(text: string, at: number): { end: number; name?: string } {
  const work = WORKS_AT.exec(text.slice(at))?.[0] ?? '';
  const called = work ? /^[，,\s]*(?:我)?(?:叫|名叫)/u.exec(text.slice(at + work.length)) : null;
  const name = called ? nameAt(text, at + work.length + called[0].length) : null;
  return name && NAME_END.test(text.slice(name.end)) ? { end: name.end, name: name.name } : { end: at };
}

const ACQUAINTANCE = /^的(?:邻居|朋友|同事|亲戚|学生|病人|患者|老乡|同学|战友|客户|员工|下属|徒弟|师傅|房东|租户)/u;

const overlaps = (found: readonly Found[], start: number, end: number) => found.some((f) => start < f.end && f.start < end);

/** Details introduced by words: labels, 我是……, phone numbers, consent. */
export function introducedDetails(text: string, sectors: readonly Sector[]): Found[] {
  const found: Found[] = [];
  const add = (item: Found) => {
    if (!overlaps(found, item.start, item.end)) found.push(item);
  };
  // "署名马丽娟，妇联界": the name to sign with, said straight after 署名.
  for (const match of text.matchAll(/署名[:：]?[ \t]*(\p{Script=Han}{2,4})(?=[，,。；;\s]|$)/gu)) {
    if (isPersonName(match[1]!) && !/[不别勿免]/u.test(text.slice(Math.max(0, match.index - 3), match.index))) add({ start: match.index, end: match.index + match[0].length, name: match[1]!, signed: true });
  }
  for (const span of consentSpans(text)) add(span);
  for (const span of contactPhoneSpans(text)) add(span);
  for (const match of text.matchAll(CONSENT_LABEL)) {
    const answer = match[1] ?? '';
    const yesNo = readYesNo(answer);
    const signed = readConsent(answer) ?? (yesNo === null ? undefined : yesNo === 'yes');
    // "署名：吕红": the name to sign with, so consent too (not after 不同意, 别).
    const refused = /[不别勿]$/u.test(text.slice(0, match.index));
    const name = signed === undefined && !refused ? nameAt(text, match.index + match[0].length - answer.length) : null;
    if (signed !== undefined) add({ start: match.index, end: match.index + match[0].length, signed });
    else if (name) add({ start: match.index, end: name.end, name: name.name, signed: true });
  }
  for (const match of [...text.matchAll(NAME_LABEL), ...text.matchAll(STAFF_ONLY_LEAD)]) {
    // "提供人：民盟 汪海": a sector before the name belongs to the label too.
    const { at, sector } = skipIntroduction(text, match.index + match[0].length, sectors);
    const name = nameAt(text, at);
    // "【反映人】徐立新　教育界　某大学经济管理学院教授": the sector set off after the name on its line.
    const gap = name && !sector ? (/^[ \t]+/u.exec(text.slice(name.end))?.[0].length ?? 0) : 0;
    const beside = gap > 0 && name ? sectorAt(text, name.end + gap, sectors, true) : null;
    const besideEnds = beside && /^(?:的)?(?:委员)?(?=$|[ \t\n，,])/u.exec(text.slice(beside.end));
    // "反映人：苗青（出版界）", "章静（立早章）": the sector, or how the surname is written, in brackets after the name.
    const bracket = name ? /^[（(]([^（）()]{1,10})[）)]/u.exec(text.slice(name.end)) : null;
    // ("周敏（市妇联）": the body's level before its name.)
    const level = bracket ? (/^[（(](?:市|区|县|省)?/u.exec(bracket[0])?.[0].length ?? 1) : 1;
    const bracketed = bracket && name ? sectorAt(text, name.end + level, sectors, true) : null;
    const spelled = bracket !== null && spellsASurname(bracket[1]!);
    if (name && bracket && (spelled || (bracketed && /^(?:界|界别)?$/u.test(text.slice(bracketed.end, name.end + bracket[0].length - 1))))) {
      add({ start: match.index, end: name.end + bracket[0].length, name: name.name, ...((sector ?? bracketed?.name) && { sector: sector ?? bracketed!.name }) });
    } else if (name && beside && besideEnds) add({ start: match.index, end: beside.end + besideEnds[0].length, name: name.name, sector: beside.name });
    else if (name) add({ start: match.index, end: name.end, name: name.name, ...(sector && { sector }) });
    // "仅供工作人员联系：159……": a lead-in to the number alone goes with it.
    else if (found.some((f) => f.phone !== undefined && f.start === at)) add({ start: match.index, end: at });
  }
  for (const match of text.matchAll(SECTOR_LABEL)) {
    // "单位：团市委青年发展部" beside "界别：青联": the workplace, no sector (its line goes, contact-forms.ts).
    if (/单位/u.test(match[0]) && SECTOR_LINE.test(text)) continue;
    const at = match.index + match[0].length;
    const sector = sectorAt(text, at, sectors, true);
    const written = sector ? undefined : /^\p{Script=Han}{2,10}/u.exec(text.slice(at))?.[0];
    const plain = written ? looksLikeSectorName(written) : null;
    // In a contact block the 单位 line goes whole: "单位：团市委青年发展部".
    const wholeLine = /单位/u.test(match[0]) && isContactBlock(text) ? (/^[^\n]*/u.exec(text.slice(at))?.[0].length ?? 0) : 0;
    if (sector) add({ start: match.index, end: Math.max(at + wholeLine, sector.end + (SECTOR_TAIL_RUN.exec(text.slice(sector.end))?.[0].length ?? 0)), sector: sector.name });
    else if (written && plain && !/单位|党派/u.test(match[0])) add({ start: match.index, end: at + written.length, sector: plain });
  }
  // "九三学社十堰市委会医卫支社 报送", "报送单位	民革襄阳市委会": the body a branch report comes from names the sector.
  for (const span of bodiesReportingIt(text, sectors)) add(span);
  // "……由街道牵头调解——吴晓燕": a name after a dash that ends the line signs it.
  for (const match of text.matchAll(/[—–]{1,2}\s*(\p{Script=Han}{2,4})(?=\s*(?:[,，]?\s*\+?\d[\d\s-]{6,})?\s*$)/gmu)) {
    if (isPersonName(match[1]!)) add({ start: match.index, end: match.index + match[0].length, name: match[1]! });
  }
  // "我马建设愿意带验收组去", "我郭亚平亲眼看见的": the name said right after 我.
  for (const match of text.matchAll(/(?<=(?:^|[，,。；;\s]|像|连)我)(\p{Script=Han}{2,3}?)(?=愿意|亲眼|亲自|本人|作为|可以|负责|也是|这样|这种|这个年纪)/gu)) {
    if (isPersonName(match[1]!)) add({ start: match.index, end: match.index + match[1]!.length, name: match[1]! });
  }
  // "我作为共青团界的委员吴浩去现场看过": the name said in passing goes, the sentence stays ("我去现场看过").
  for (const match of text.matchAll(/(?<=我|本人)作为/gu)) {
    const { at, sector } = skipIntroduction(text, match.index + match[0].length, sectors);
    const read = sector ? nameAt(text, at) : null;
    // The sentence goes on with a verb: "吴浩去" is 吴浩.
    const short = read && /^\p{Script=Han}{2}[去来到也都曾就又还亲专特多]$/u.test(read.name) && isPersonName(read.name.slice(0, 2));
    const name = read && short ? { name: read.name.slice(0, 2), end: read.end - 1 } : read;
    if (name) add({ start: match.index, end: name.end + (/^[，,]/u.test(text.slice(name.end)) ? 1 : 0), name: name.name, sector: sector! });
  }
  for (const span of partialIntroductions(text, sectors)) add(span);
  // "孙建平反映：……": a byline opening the message names the member.
  const byline = /^(\p{Script=Han}{2,4}?)(?:委员|同志)?(?:反映|报送|提供)[:：]\s*/u.exec(text);
  if (byline && isPersonName(byline[1]!)) add({ start: 0, end: byline[0].length, name: byline[1]! });
  const stated = statedSurnameName(text);
  if (stated) {
    // "……叫言春林是农业界的": the sector said right after the name belongs to the introduction.
    const after = /^(?:，|,|\s)*是?/u.exec(text.slice(stated.end))?.[0].length ?? 0;
    const { at, sector } = skipIntroduction(text, stated.end + after, sectors);
    add({ start: stated.start, end: sector ? at : stated.end, name: stated.name, ...(sector && { sector }) });
  }
  for (const match of text.matchAll(INTRO)) {
    const start = match.index;
    const afterCue = start + match[0].length;
    const { at, sector } = skipIntroduction(text, afterCue, sectors);
    // Inside a sentence only an introduction with a sector is the member's ("我是张强的邻居" is
    // not), but 我叫 always names the speaker: the name must then end the introduction.
    const callsSelf = /^(?:我叫|我名叫|我的名字|我名字|(?:我|贫道|贫僧|鄙人|在下|老朽)(?:的)?(?:俗名|本名|大名|全名|真名|学名))/u.test(match[0]);
    // "……定期公布水质监测结果我是黄志刚农工党的电话158……同意署名": voice input signs off at the end without a pause.
    const signsOff = !/[。！？!?\n]/u.test(text.slice(afterCue)) && Array.from(text.slice(afterCue)).length <= 40 && /\d{7,}|电话|手机|署名|匿名/u.test(text.slice(afterCue));
    const placed = INTRO_PLACE.test(text.slice(0, start));
    if (!sector && !callsSelf && !signsOff && !placed) continue;
    // "我叫乌兰其其格，农业界": after 我叫, a run of characters closed by a pause is the name, listed or not.
    const said = callsSelf && !sector ? /^\p{Script=Han}{2,6}(?=[，,。；;！!\s]|$)/u.exec(text.slice(at))?.[0] : undefined;
    // "我是环境资源界的高洁，…": after a sector, a name that is also a word, closed by a pause.
    // ("……农工党的谢丽华县人民医院的电话……": voice input runs the workplace on before the number.)
    const framed = sector && !said ? /^\p{Script=Han}{2,3}(?=[，,。；;！!\s]|电话|手机|$)/u.exec(text.slice(at))?.[0] : undefined;
    const inFrame = framed && isNameInFrame(framed) ? framed : undefined;
    // "我是恩施州政协委员梅雪": the name after the member's title and where it is held.
    const titled = /^\p{Script=Han}{0,6}?(?:政协)(?:委员|常委)/u.exec(text.slice(at))?.[0].length ?? 0;
    // "……农工党的谢丽华县人民医院的电话……": voice input runs the workplace on after the name; both go.
    const beforeWork = sector ? /的(\p{Script=Han}{2,3})\p{Script=Han}{1,10}?(?:医院|学校|大学|中学|小学|公司|中心|卫生院|局|委|办)的?$/u.exec(text.slice(afterCue, at))?.[1] : undefined;
    const worker = beforeWork && isNameInFrame(beforeWork) && /^(?:电话|手机)/u.test(text.slice(at)) ? { name: beforeWork, end: at } : null;
    const first = worker ?? nameAt(text, at) ?? (titled ? nameAt(text, at + titled) : null) ?? (said ? { name: said, end: at + said.length } : inFrame ? { name: inFrame, end: at + inFrame.length } : null);
    // "我是刘晓芳的爱人胡建军": the one writing is the relative named after the account's owner.
    const kin = first ? /^的(?:爱人|老伴|老公|妻子|丈夫|媳妇|儿子|女儿|闺女|家属|秘书|助理)/u.exec(text.slice(first.end)) : null;
    const name = kin && first ? (nameAt(text, first.end + kin[0].length) ?? first) : first;
    // "我是张强的邻居": the one named is someone the member knows.
    if (!kin && first && ACQUAINTANCE.test(text.slice(first.end))) continue;
    // Signing off mid-sentence, the name is followed by the rest of the signature, not by 的亲戚.
    if (!sector && !callsSelf && !placed && !(name && (SIGNATURE_GOES_ON.test(text.slice(name.end)) || sectorAt(text, name.end, sectors)))) continue;
    // Without a sector the name must end the introduction: "我叫林晓东，" but not "我叫张强帮忙".
    // "我叫向春生农业界的……": a sector right after the name ends it too.
    if (name && !sector && !NAME_END.test(text.slice(name.end)) && !sectorAt(text, name.end, sectors)) continue;
    // "我是民建的刘洋啊我想……": a particle after the name goes with the introduction.
    // "孙建国的秘书小林": the member named, the helper writing goes with the introduction.
    const helper = kin && first && name === first ? kin[0] + (/^(?:[小老]\p{Script=Han})?/u.exec(text.slice(first.end + kin[0].length))?.[0] ?? '') : '';
    const tail = name ? helper || (/^(?:委员|同志)?[啊呀哈呢嘛哦]?/u.exec(text.slice(name.end))?.[0] ?? '') : '';
    // "我叫蒋红军民盟的…", "我叫刘振国是社会福利和社会保障界的": the sector said after the name.
    const after = name && !sector ? sectorAfter(text, name.end + tail.length, sectors) : null;
    // "我叫黎明退休前在市二中当老师现在是无党派": the sector said later in the same sentence.
    const later = name && !sector && !after ? sectorLater(text, name.end, sectors) : null;
    if (later) add(later);
    if (name && after) add({ start, end: after.end + (WORKS_AT.exec(text.slice(after.end))?.[0].length ?? 0), name: name.name, sector: after.sector });
    // "本人农工党员刘芳，在市妇幼工作，……": where they work, said next, goes with who they are.
    else if (name) add({ start, end: name.end + tail.length + (WORKS_AT.exec(text.slice(name.end + tail.length))?.[0].length ?? 0), name: name.name, ...(sector && { sector }) });
    // (The role words after a sector may have taken the comma closing the introduction: "港澳界委员，".)
    else if (sector && (SECTOR_INTRO_END.test(text.slice(at)) || /[，,。；;！!\s]$/u.test(text.slice(0, at)))) add({ start, ...namedAfterWhatTheyDo(text, at), sector });
    else if (sector && calledAt(text, at)) add({ start, end: at + calledAt(text, at), sector });
    else if (sector) {
      // "我是民建会员在一家公司当总经理我叫汪德胜": what they do, between the two, goes with them.
      const named = /我(?:叫|名叫)/u.exec(text.slice(at, at + 30));
      const later = named && !/[。！？!?\n]/u.test(text.slice(at, at + named.index)) ? nameAt(text, at + named.index + named[0].length) : null;
      if (later && NAME_END.test(text.slice(later.end))) add({ start, end: later.end, name: later.name, sector });
    }
  }
  // "我对外友好界的，……", "我以经济界召集人的身份报一条": the sector said with 我 alone, or as the capacity reported in.
  for (const match of text.matchAll(/(?<=^|[\s，,。；;！!？?])(?:我|本人)(以)?(?!是|叫|系|名叫)(?=\p{Script=Han})/gu)) {
    const clause = /^[^，,。；;！!？?\n]*/u.exec(text.slice(match.index))![0];
    const { at, sector } = skipIntroduction(clause, match[0].length, sectors);
    const capacity = match[1] ? /^的?(?:身份|名义)/u.exec(clause.slice(at))?.[0] : undefined;
    if (sector && capacity) add({ start: match.index, end: match.index + at + capacity.length, sector });
    // The whole clause introduces the member: nothing of a story is left in it.
    else if (sector && !match[1] && at === clause.length) add({ start: match.index, end: match.index + at + (/^[，,]/u.test(text.slice(match.index + at)) ? 1 : 0), sector });
  }
  for (const span of calledInTheIntroduction(text, sectors)) add(span);
  for (const span of otherContactForms(text, found, sectors)) add(span);
  for (const span of selfDescriptions(text, sectors)) add(span);
  return found;
}

/**
 * "我是宜都的柑橘种植户也是市政协委员农业界的叫周长林今年……": voice input runs an opening
 * introduction into the story; the name after 叫, and the sector said before it, go; what the member
 * does stays in the story.
 */
function calledInTheIntroduction(text: string, sectors: readonly Sector[]): Found[] {
  const opening = /^(?:我是|本人是)[^。！？!?\n，,]{2,30}?(?:我|名字)?(?:名)?叫(?=\p{Script=Han})/u.exec(text);
  if (!opening) return [];
  const name = nameAt(text, opening[0].length);
  if (!name || !NAME_END.test(text.slice(name.end))) return [];
  const called = opening[0].length - (/(?:我|名字)?(?:名)?叫$/u.exec(opening[0])?.[0].length ?? 0);
  for (let at = 2; at < called; at++) {
    const hit = sectorAt(text, at, sectors, true);
    const close = hit ? (/^(?:界)?(?:的)?(?:委员|常委)?(?:的)?/u.exec(text.slice(hit.end))?.[0].length ?? 0) : 0;
    if (!hit || hit.end + close !== called) continue;
    const lead = /(?:也|还|又)?是(?:(?:省|市|区|县)?政协)?(?:委员|常委)?$/u.exec(text.slice(2, at))?.[0].length ?? 0;
    // "我是民盟的叫王丽……": nothing of what they do stands before the sector.
    return [{ start: at - lead <= 2 ? 0 : at - lead, end: name.end, name: name.name, sector: hit.name }];
  }
  return [{ start: called, end: name.end, name: name.name }];
}

/** "…现在是无党派", "…也是民盟的": a sector stated further on in the sentence of an introduction. */
function sectorLater(text: string, from: number, sectors: readonly Sector[]): Found | null {
  const cue = /^[^。！？!?\n]{0,24}?(?:现在|目前|也|还)?是(?=\p{Script=Han})/u.exec(text.slice(from));
  if (!cue) return null;
  const at = from + cue[0].length;
  const hit = sectorAt(text, at, sectors, true);
  const close = hit ? (/^(?:的)?(?:界)?(?:的)?(?:委员|常委)?/u.exec(text.slice(hit.end))?.[0].length ?? 0) : 0;
  const start = at - (/(?:现在|目前|也|还)?是$/u.exec(text.slice(from, at))?.[0].length ?? 1);
  return hit && SECTOR_INTRO_END.test(text.slice(hit.end)) ? { start, end: hit.end + close, sector: hit.name } : null;
}
