import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../src/answering/agent/privacy.ts';

/** What a member writes is redacted before any of it goes to a model provider (see privacy.ts). */
describe('personal data in what members write is found however it is written', () => {
  it.each([
    ['手机13907191234', '手机[REDACTED_PHONE]'],
    ['电话 139 0719 1234', '电话 [REDACTED_PHONE]'],
    ['+86 139-0719-1234', '[REDACTED_PHONE]'],
    ['１３９０７１９１２３４', '[REDACTED_PHONE]'],
    ['一三九 零七一九 一二三四', '[REDACTED_PHONE]'],
    ['座机0719-8123456或（0719）8123456', '座机[REDACTED_PHONE]或[REDACTED_PHONE]'],
    ['身份证号42030219900101123X', '身份证号[REDACTED_ID_CARD]'],
    ['身份证420302199001011234，老证420302900101123', '身份证[REDACTED_ID_CARD]，老证[REDACTED_ID_CARD]'],
    ['邮箱 wjh@example.com', '邮箱 [REDACTED_EMAIL]'],
  ])('%s', (text, redacted) => {
    expect(redactPersonalData(text)).toBe(redacted);
  });

  it('hides the names given, the longer first where one holds another', () => {
    expect(redactPersonalData('王建华和王建都是委员，李明也是', ['王建', '王建华', '李明'])).toBe('[REDACTED_NAME]和[REDACTED_NAME]都是委员，[REDACTED_NAME]也是');
  });

  it('leaves the figures and years of a question alone', () => {
    const question = '十堰市政协2023年立案提案206件，2642万元捐款是哪年的？';
    expect(redactPersonalData(question, ['李明'])).toBe(question);
  });
});
