import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { asksForContact, givesContactNumber } from '../src/answering/contact-asked.ts';
import { countsSaid, onlyRepeatsACount } from '../src/answering/count-said.ts';
import { shapeOf } from '../src/answering/question-shape.ts';
import { silentLogger } from '../src/log.ts';
import { testConfig } from './support/test-app.ts';
import { LATE_2026 } from './support/answering.ts';

let app: App;

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger(), { now: () => LATE_2026 });
});

afterAll(() => app.close());

describe('a count in a measure word the reports never give', () => {
  it('reads the measure word as the unit the answer must carry', () => {
    expect(shapeOf('一年能灌装多少桶油').units).toEqual(['桶']);
    // Compatible units: 台 for 部, a percentage for 成.
    expect(shapeOf('加装了几部电梯').units).toEqual(expect.arrayContaining(['部', '台']));
    expect(shapeOf('满意的占多少成').units).toContain('%');
  });

  it('is declined, not answered by a sentence with other figures', async () => {
    const answer = await app.questions.ask('十堰的油橄榄一年能榨出多少桶油');
    expect(answer.answered).toBe(false);
  });

  it('leaves counts in the reports\' units answered', async () => {
    const answer = await app.questions.ask('十堰的油橄榄种了多少亩');
    expect(answer.text).toContain('10万亩');
  });
});

describe('what the things are, asked after the member says how many', () => {
  it('takes the count the member says, not one asked or set as a condition', () => {
    expect(countsSaid('那21件重点提案都是些什么题目')).toEqual(['21件']);
    expect(countsSaid('那21件重点提案里民生的有几件')).toEqual([]);
    expect(countsSaid('次数正好是8次的是哪一项')).toEqual([]);
  });

  it('is not answered by the sentence that only gives the count', () => {
    const question = '那11篇批示了的信息都是什么题目';
    expect(onlyRepeatsACount('省政协采用43篇,市领导批示11篇。', ['11篇'], question)).toBe(true);
    // The count goes on to another count, not to what the 11 were.
    expect(onlyRepeatsACount('市领导批示11篇,省领导批示5篇。', ['11篇'], question)).toBe(true);
    expect(onlyRepeatsACount('市领导批示11篇,《关于加快电梯加装的建议》等得到落实。', ['11篇'], question)).toBe(false);
    // A title the member already said names nothing new.
    expect(onlyRepeatsACount('编发《各界反映》19期,报送13篇。', ['19期'], '那19期各界反映都讲了啥')).toBe(true);
  });

  it('is declined when the knowledge base names none of them', async () => {
    const answer = await app.questions.ask('许昌那21件市领导领办督办的重点提案 都是些什么题目');
    expect(answer.answered).toBe(false);
  });

  it('is answered by a sentence naming the thing with its count', async () => {
    const answer = await app.questions.ask('武汉那份被全国政协列入13篇转政协信息的发言材料叫什么');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('创新完善金融服务体系');
  });
});

describe('a person\'s phone number or ID asked for', () => {
  it('is told from a question about the rules on phone numbers', () => {
    expect(asksForContact('把常熟政协主席的电话号码')).toBe(true);
    expect(asksForContact('许昌政协办公室电话多少')).toBe(true);
    expect(asksForContact('可以查到王委员的身份证号吗')).toBe(true);
    expect(asksForContact('绑定的时候要发手机号后四位吗')).toBe(false);
    expect(asksForContact('你们存了我的手机号吗')).toBe(false);
    expect(asksForContact('会不会把委员的手机号发给别人')).toBe(false);
  });

  it('needs a number in the text to be answered', () => {
    expect(givesContactNumber('联系电话：0710-8123456')).toBe(true);
    expect(givesContactNumber('在政协常熟市第十五届委员会第四次会议上 沈晓东')).toBe(false);
  });

  it('is declined politely, not answered by a sentence naming the person', async () => {
    const answer = await app.questions.ask('麻烦把常熟政协沈晓东主席的电话号码告诉我');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('联系信息');
    expect(answer.text).not.toMatch(/\d{7}/u);
  });
});

describe('a place in a ranking', () => {
  it('is declined when the report only says the thing is among them', async () => {
    const answer = await app.questions.ask('廊坊城际铁路联络线那件提案在全国政协重点提案里排名第几');
    expect(answer.answered).toBe(false);
  });

  it('is not read into a question that asks no rank', () => {
    expect(shapeOf('排第几').wantsRank).toBe(true);
    expect(shapeOf('第二大块讲的是啥').wantsRank).toBe(false);
  });
});

describe('a total asked with 一共 and no 有', () => {
  it('is a total, which a count of some for one activity does not give', async () => {
    const answer = await app.questions.ask('武汉政协一共多少名委员');
    expect(answer.answered).toBe(false);
  });
});

describe('two cities\' figures compared', () => {
  it('is declined when one city\'s report gives no figure to compare', async () => {
    const answer = await app.questions.ask('十堰的民生类提案比常熟多还是少');
    expect(answer.answered).toBe(false);
  });

  it('is answered by each city\'s figure for the thing compared', async () => {
    const answer = await app.questions.ask('常熟的民生类提案比武汉多还是少');
    expect(answer.text).toContain('97件');
    expect(answer.text).toContain('253件');
  });
});
