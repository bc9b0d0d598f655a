import { describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { silentLogger } from '../src/log.ts';
import type { OpinionStore } from '../src/opinions/opinion-store.ts';
import { allFields, ChatDriver, receiptNumber } from './support/chat-driver.ts';
import { testConfig } from './support/test-app.ts';

/**
 * The process dies right after the submission is committed: the store has it, the member never
 * hears the number, and nothing after the commit runs (the draft is not removed).
 */
function dieAfterSubmitting(store: OpinionStore): void {
  const submit = store.submit.bind(store);
  store.submit = async (request) => {
    await submit(request);
    throw new Error('killed before the reply');
  };
}

describe('exactly one report per confirmation', () => {
  it('a confirmation retried after a crash between submitting and replying gets the number already issued', async () => {
    const config = testConfig();
    let app: App = await createApp(config, silentLogger());
    const li = new ChatDriver(() => app, 'u1', '李明');
    await li.say('我想反映社情民意');
    expect(await li.say(allFields())).toContain('确认提交');
    dieAfterSubmitting(app.storage.opinions);
    await li.say('确认提交');
    const [stored] = await app.storage.opinions.list();
    app.close();

    // Restarted on the same database, the member confirms again.
    app = await createApp(config, silentLogger());
    const receipt = await li.say('确认提交');
    expect(receiptNumber(receipt)).toBe(stored?.number);
    expect(await app.storage.opinions.list()).toHaveLength(1);
    expect(await app.storage.sessions.get('console:u1')).toBeNull();
    app.close();
  });

  it('the same content sent again in a new dialog gets the number it already has, and no second one', async () => {
    const app = await createApp(testConfig(), silentLogger());
    const li = new ChatDriver(() => app, 'u2', '李明');
    await li.say('我想反映社情民意');
    await li.say(allFields());
    const number = receiptNumber(await li.say('确认提交'));

    // The receipt never arrived: the member starts over with the same report.
    expect(await li.say('确认提交')).not.toMatch(/编号：SQMY/);
    await li.say('我想反映社情民意');
    await li.say(allFields());
    const again = await li.say('确认提交');
    expect(again).toMatch(new RegExp(`这条内容与您 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 提交的 ${number} 相同，已有编号，不再重复提交`));
    expect((await app.storage.opinions.list()).map((o) => o.number)).toEqual([number]);

    // A different report from the same member is numbered as usual.
    await li.say('我想反映社情民意');
    await li.say(allFields({ title: '关于在城北公园增设公共厕所的建议', situation: '城北公园周末游客约五千人，园内只有一处厕所，排队常超过二十分钟。' }));
    expect(receiptNumber(await li.say('确认提交'))).not.toBe(number);
    app.close();
  });
});
