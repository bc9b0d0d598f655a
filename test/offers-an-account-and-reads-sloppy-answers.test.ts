import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import { extractContact } from '../src/opinions/intake/contact.ts';
import { extractFields } from '../src/opinions/intake/extract.ts';
import { parseFieldAnswer } from '../src/opinions/intake/parse-answer.ts';
import { looksLikeAccount } from '../src/opinions/intake/start-phrase.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

let app: App;
let members = 0;
const member = () => new ChatDriver(() => app, `account-${++members}`, '山里人家');

beforeAll(async () => {
  app = await createApp(testConfig(), silentLogger());
});
afterAll(() => app.close());

const ACCOUNT = '我们村的自来水管是十几年前埋的，今年入冬已经爆了四回，每次停水两三天，七十多户人家只能去山下挑水，村里老人挑不动只能等。';

describe('a long account of how things are, sent without a start phrase', () => {
  it('is offered as a report, and yes begins the intake with it as the story', async () => {
    const driver = member();
    expect(await driver.say(ACCOUNT)).toContain('要把它作为社情民意提交吗');
    const next = await driver.say('对，帮我报上去');
    expect(next).toContain('意见建议');
    const { memberId } = await app.directory.identify(driver.message(''));
    const session = await app.storage.sessions.get(memberId);
    expect(String(session?.data.situation ?? '')).toContain('爆了四回');
  });

  it('takes a start phrase said while the offer waits as the yes', async () => {
    const driver = member();
    await driver.say(ACCOUNT);
    const next = await driver.say('帮我报一下');
    expect(next).toContain('意见建议');
    expect(next).not.toContain('请说说情况与问题');
  });

  it('keeps a suggestion given with the yes', async () => {
    const driver = member();
    await driver.say(ACCOUNT);
    const next = await driver.say('好的。建议水务局今年冬天前把主管道换成防冻的');
    expect(next).not.toContain('意见建议？');
  });

  it('asks again after a question put in between', async () => {
    const driver = member();
    await driver.say(ACCOUNT);
    await driver.say('这个大概多久有回音');
    expect(await driver.say('嗯')).not.toContain('请说说情况与问题');
  });

  it('is not offered when it asks something, with or without a question mark', () => {
    expect(looksLikeAccount('十堰市政协2023年一共开了多少次常委会议，我记得好像是四次，但是同事说是五次，你帮我查一下，报告里应该有写的吧')).toBe(false);
    expect(looksLikeAccount(`${ACCOUNT}这种情况该找哪个部门呢`)).toBe(false);
    expect(looksLikeAccount(ACCOUNT)).toBe(true);
  });
});

describe('answers wrapped in everyday words', () => {
  it.each([
    ['sector', '就写教育吧', '教育'],
    ['sector', '医卫的', '医药卫生'],
    ['sector', '算民盟吧', '民盟'],
    ['name', '名字：刘 芳', '刘芳'],
    ['name', '就写张海燕吧', '张海燕'],
  ] as const)('%s: %s', (field, said, value) => {
    expect(parseFieldAnswer(field, said)).toEqual({ value });
  });
});

describe('who reports it, in the forms a busy member writes', () => {
  it.each([
    ['总工会 廖红梅 13986093318 署名就算了', { name: '廖红梅', sector: '工会', phone: '13986093318', signed: false }],
    ['匿名报，名字你们留着联系用：白玉兰，民进，13093827765', { name: '白玉兰', sector: '民进', phone: '13093827765', signed: false }],
  ])('%s', (said, expected) => {
    expect(extractContact(said)).toEqual({ ...expected, rest: '' });
  });

  it('reads an introduction naming the township and the job before the name', () => {
    const read = extractContact('我是郧西县湖北口乡的村医黄德明 农工党的 乡里卫生院晚上没人值班');
    expect(read).toMatchObject({ name: '黄德明', sector: '农工党', rest: '乡里卫生院晚上没人值班' });
  });

  it('reads a name that is also a word after 我叫 when the sentence goes on', () => {
    expect(extractContact('我叫黎明退休前在市三中教书').name).toBe('黎明');
  });

  it('reads a job written straight before the name as a signature', () => {
    expect(extractContact('建议尽快开放。退休教师余海波')).toMatchObject({ name: '余海波', rest: '建议尽快开放。' });
  });

  it('leaves out a remark that the registered number stands', () => {
    expect(extractFields('我是民革的万庆 电话还是登记的那个 尾号6621 小区门口的井盖丢了半个月。建议尽快补上').situation).toBe('小区门口的井盖丢了半个月。');
  });

  it('takes consent said with the greeting, and the greeting out of the story', () => {
    const fields = extractFields('小助手你好，这个可以用我名字报。我们镇上的公厕锁了半年，赶集的几千人没地方上厕所。建议镇政府安排人开门保洁');
    expect(fields.signed).toBe(true);
    expect(fields.situation?.startsWith('我们镇上')).toBe(true);
  });
});
