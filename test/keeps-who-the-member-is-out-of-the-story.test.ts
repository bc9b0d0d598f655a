import { describe, expect, it } from 'vitest';
import { splitOffWriter, withoutWriterInStory, writerDetails } from '../src/opinions/intake/about-the-writer.ts';

describe('who the member says they are, before the story', () => {
  it('is no story, and gives the sector', () => {
    const { about, story } = splitOffWriter('我是开小超市的，工商联的');
    expect(story).toBe('');
    expect(writerDetails(about)).toEqual({ sector: '工商联' });
  });

  it('reads a name said with the post it is known by', () => {
    const { about, story } = splitOffWriter('我是县妇联的孙丽华主席，妇联界的委员，说说留守妇女的情况');
    expect(story).toBe('说说留守妇女的情况');
    expect(writerDetails(about)).toMatchObject({ name: '孙丽华', sector: '妇联' });
  });

  it('drops remarks on being new to the bot, or asking whether it takes reports', () => {
    expect(splitOffWriter('我是小王，才当上委员，第一次用这个').story).toBe('');
    expect(splitOffWriter('小助手也能收吧').story).toBe('');
  });

  it('keeps the story that follows, lines and all', () => {
    expect(splitOffWriter('我是城关镇的村医，\n我们村卫生室去年就没有药了\n村民看病要跑十里路').story).toBe('我们村卫生室去年就没有药了\n村民看病要跑十里路');
  });

  it('leaves the story to be asked when the opener only said who is writing', () => {
    expect(withoutWriterInStory({ situation: '我是在县医院上班的，致公党员', phone: '13600000000' })).toEqual({ sector: '致公党', phone: '13600000000' });
  });
});
