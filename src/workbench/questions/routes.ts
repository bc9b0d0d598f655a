import type { WorkbenchRoute } from '../routes.ts';
import { addAnswer, removeAnswer, showAnswers } from './answers-page.ts';
import { declinedPage } from './declined-page.ts';
import { logPage } from './log-page.ts';

/**
 * 问答记录: every question members asked with its outcome and sources; the declined ones grouped
 * by similarity; and the 工作人员答复 written from them, which the bot gives from then on.
 */
export const QUESTION_ROUTES: WorkbenchRoute[] = [
  { method: 'GET', path: '/questions', role: 'staff', nav: '问答记录', handler: logPage },
  { method: 'GET', path: '/questions/declined', role: 'staff', handler: declinedPage },
  { method: 'GET', path: '/questions/answers', role: 'staff', handler: showAnswers },
  { method: 'POST', path: '/questions/answers', role: 'staff', handler: addAnswer },
  { method: 'POST', path: '/questions/answers/:id/remove', role: 'staff', handler: removeAnswer },
];
