import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { readCorrection } from '../src/opinions/intake/corrections.ts';
import { silentLogger } from '../src/log.ts';
import { ChatDriver } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/** "是民进不是民建": the member names the wrong value the preview shows, and the right one. */
const draft = { name: '欧明', sector: '民建', phone: '13907141234', title: '关于增设公交站台的建议' };

describe('a detail put right by naming the wrong one beside the right one', () => {
  it('reads the right one first or last, with chatter around it', () => {
    expect(readCorrection('打错了 应该是九三不是民建 科技那个', undefined, draft)).toEqual([{ field: 'sector', value: '九三学社' }]);
    expect(readCorrection('不是民建，是民进', undefined, draft)).toEqual([{ field: 'sector', value: '民进' }]);
    expect(readCorrection('是欧阳明不是欧明', undefined, draft)).toEqual([{ field: 'name', value: '欧阳明' }]);
  });

  it('puts right the digits of the phone said wrong, and reads the rest of the message too', () => {
    expect(readCorrection('号码尾数是1243不是1234，另外不署名', undefined, draft)).toEqual([
      { field: 'phone', value: '13907141243' },
      { field: 'signed', value: false },
    ]);
  });

  it('takes a name said short as a name to correct', () => {
    expect(readCorrection('名字漏了个字，是欧阳明', undefined, draft)).toEqual([{ field: 'name', value: '欧阳明' }]);
  });

  it('changes nothing when the wrong one is in no field', () => {
    expect(readCorrection('不是不想署名，是怕麻烦', undefined, draft)).toBeNull();
    expect(readCorrection('是1243不是5678', undefined, draft)).toBeNull();
  });
});

describe('at the preview of a report', () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp(testConfig(), silentLogger());
  });
  afterAll(() => app.close());

  it('shows the detail put right instead of passing it over', async () => {
    const member = new ChatDriver(() => app, 'swap-1', '岁月静好');
    await member.say('我想反映社情民意');
    const preview = await member.say(
      '标题：关于在城南小学门口增设红绿灯的建议 情况与问题：城南路与学府街交叉口紧邻城南小学，每天上下学时段约800名学生过马路，路口没有红绿灯。 意见建议：建议市公安局交警支队在该路口增设红绿灯。 姓名：李明 界别：民建 联系电话：13812345678',
    );
    expect(preview).toContain('【界别】民建');
    const fixed = await member.say('说错了 是民进不是民建 促进会那个');
    expect(fixed).toContain('【界别】民进');
  });
});
