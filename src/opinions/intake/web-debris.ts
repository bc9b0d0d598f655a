/**
 * What a web page or a WeChat article leaves around text copied from it: the path to the page
 * (首页 > 新闻中心 > 社会民生), its byline and counters (原创 十堰教育观察 2025-10-12, 发布时间：…
 * 来源：… 浏览次数：…, 责任编辑：小王) and its buttons (点击上方蓝字关注我们, 阅读原文, 点赞 在看 分享,
 * 【打印】【关闭窗口】). None of it is the member's report.
 */

const BREADCRUMB = /^首页\s*[>＞›»]/u;
const BYLINE = /^(?:发布时间|发布日期|发布者|责任编辑|编辑|校对|审核|浏览次数|浏览量|阅读量|阅读数|点击量)\s*[:：]/u;
/** "来源：本地宝", "来源：十堰教育观察": a medium; "来源：民进十堰市委会 冷雪梅" signs the member's own paper. */
const SOURCE_MEDIUM = /^(?:来源|作者)\s*[:：][^\n]{0,20}?(?:网|报|宝|公众号|客户端|新闻|观察|频道|电视台|广播|APP|app|号)\s*$/u;
/** "原创 十堰教育观察 2025-10-12": an account's byline over a WeChat article. */
const ACCOUNT_BYLINE = /^原创\s+\S+.*\d{4}[-./年]\d{1,2}[-./月]\d{1,2}/u;
/** "点击上方蓝字关注我们", "点击上方“十堰教育观察”关注": the article asking to be followed. */
const FOLLOW_US = /^(?:点击|戳)(?:上方|下方|右上角)[^\n]{0,20}关注/u;
/** "https://mp.weixin.qq.com/s/…", "原文链接：https://…": the page's address, on a line of its own. */
const ADDRESS = /^(?:原文链接|链接|网址|原文)?\s*[:：]?\s*https?:\/\/\S+$/u;
/** The page's buttons and their counters (点击阅读原文, 阅读 2356 在看 18): a line of them is no one's words. */
const BUTTON = /(?:点击)?阅读原文|阅读(?=\s*\d)|点赞|在看|打印|关闭窗口|返回顶部|上一篇|下一篇|长按识别二维码|微信扫一扫|预览时标签不可点/gu;
/** What stands beside the buttons: share, collect, forward, their counts, the font sizes 大 中 小, brackets. */
const BESIDE_BUTTONS = /分享(?:到)?|收藏|转发|\d+(?:\.\d+)?[万wW]?\+?|[大中小\s【】[\]|｜·/]/gu;

export function isWebDebris(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (BREADCRUMB.test(text) || BYLINE.test(text) || ADDRESS.test(text) || SOURCE_MEDIUM.test(text) || ACCOUNT_BYLINE.test(text) || FOLLOW_US.test(text)) return true;
  const withoutButtons = text.replace(BUTTON, '');
  return withoutButtons !== text && withoutButtons.replace(BESIDE_BUTTONS, '') === '';
}
