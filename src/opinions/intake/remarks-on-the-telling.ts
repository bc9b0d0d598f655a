/**
 * What the member says to the bot about the telling itself: "我说一下啊", "说下背景", "就这些 你帮我弄一下",
 * "你看着整理一下", "么样写都行", "以上就是我反映的情况" (voice input runs the last on without a pause).
 * None of it is the story, and on a signature line it would hide the line's name and sector.
 */
export const REMARK_ON_THE_TELLING =
  /^(?:我)?(?:先)?说(?:一下|下|个事情?|个事儿|件事)(?:啊|哈|哦)(?=\p{Script=Han})|(?<=^|[。！!？?\n，,\s])[ \t]*(?:(?:我)?(?:先)?说(?:一下|下|个事情?|个事儿|件事)(?:啊|哈|哦|吧)?|(?:先)?说(?:一)?下背景|(?:你|您)(?:就)?(?:帮我|给我|帮忙|看着|随便)?(?:弄|整|整理|处理|写|改|润色)(?:一下|下)?(?:吧|哈|啊|撒)?|(?:么样|怎么|咋|怎样|随便)(?:写|弄|整|改)都(?:行|可以|中|要得))(?=$|[。！!，,\s\n])[。！!，,]?|以上(?:就是)?我(?:要)?反映的(?:情况|问题|内容|事情?)[。！!，,]?/gu;

export function withoutRemarksOnTheTelling(text: string): string {
  return text.replace(REMARK_ON_THE_TELLING, '');
}
