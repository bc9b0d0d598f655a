import { describe, expect, it } from 'vitest';
import { extractContact } from '../src/opinions/intake/contact.ts';

describe('a labelled name said with the title colleagues use', () => {
  it.each(['反映人：孟庆芳老师，九三学社，13871234567', '联系人：韦国栋主任 民建 13871234567'])('%s', (text) => {
    expect(extractContact(text)).toMatchObject({ name: expect.stringMatching(/^(?:孟庆芳|韦国栋)$/u), phone: '13871234567', rest: '' });
  });

  it('leaves a title in the story alone', () => {
    expect(extractContact('学校的孟老师说宿舍没有热水').rest).toContain('孟老师');
  });
});
