import { TITLE_QUOTED } from '../intake/said-title.ts';

/**
 * A title the member names while doing something else: "题目我都想好了，就叫关于……的建议", "标题帮我写成
 * 关于……", "就叫它：关于……的建议", a bare "关于……的建议", or the title left to us ("你来定").
 */

export const LEAVE_IT_TO_YOU = /^(?:你来定|你定|你拟|你来拟|你们?帮我(?:拟|起|定)(?:一个|个)?|帮我(?:拟|起|定)(?:一个|个)?(?:吧)?|随便|都行|你看着办|你看着定)[吧嘛呗啊哈。！!]*$/u;

/**
 * "题目我都想好了，就叫关于……的建议", "标题就写关于……", "就叫它：关于……的建议", "提个建议：关于规范涉企检查的建议。现在……":
 * a title named with the message, and the message without it.
 */
const TITLE_SAID =
  /(?:^|[，,。！!\n\s])\s*(?:(?:标题|题目)(?:我(?:都|已经)?想好了)?[，,\s]*(?:你)?(?:改一下|帮我改一下)?[，,\s]*(?:就|帮我|给我)?(?:叫|是|写|写成|为|定为|用|改成|改为)[：:\s]*|(?:那)?(?:就|干脆)叫(?:它|这个)?[：:\s]*)[《“"「]?(关于[^《》“”"「」\n。！？]{2,40}?(?:的建议|的提案|的意见))[》”"」]?(?=$|[，,。！!\s])/u;
const TITLE_FIRST = /^\s*[《“"「]?(关于[^《》“”"「」\n。！？，,]{2,40}?的建议)[》”"」]?[。！!]\s*(?=\S)/u;

export function titleInPassing(text: string): { title: string; rest: string } | null {
  const said = TITLE_QUOTED.exec(text) ?? TITLE_SAID.exec(text) ?? TITLE_FIRST.exec(text);
  if (!said?.[1]) return null;
  return { title: said[1], rest: `${text.slice(0, said.index)}${text.slice(said.index + said[0].length)}`.replace(/^[，,。！!\s]+/u, '') };
}

export const TITLE_ONLY = /^[《“"「]?(关于[^《》“”"「」\n。！？，,]{2,40}?的(?:建议|提案|意见))[》”"」]?[。.]?$/u;

/** "标题就叫《关于……的建议》": a title named in passing, at any step. */
export const NAMED_TITLE = /^(?:标题|题目)(?:就)?(?:叫|是|为|定为|用)[：:\s]*《?([^《》\n]{4,40}?)》?[。！]?$/u;
