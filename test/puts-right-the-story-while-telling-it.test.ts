import { describe, expect, it } from 'vitest';
import { putRightWhileTelling } from '../src/opinions/dialog/put-right-while-telling.ts';
import { withoutDecoration } from '../src/opinions/intake/extract.ts';

describe('the story put right before the preview', () => {
  it('drops the last clause taken back, with the reason for it', () => {
    const told = { situation: '应届研究生全卡在这条上，刚来的人恰恰最需要住房 我感觉他们就是不想给' };
    expect(putRightWhileTelling(told, '刚才最后那句不算哈，情绪化了')).toEqual({ situation: '应届研究生全卡在这条上，刚来的人恰恰最需要住房' });
  });

  it('drops the words named as taken back', () => {
    const told = { situation: '盲人按摩师有一半没活干了，政府根本不管' };
    expect(putRightWhileTelling(told, '刚才那句政府根本不管不算，是我气话')).toEqual({ situation: '盲人按摩师有一半没活干了' });
  });

  it('drops the whole sentence to tell it again', () => {
    expect(putRightWhileTelling({ situation: '本地科技企业产品卖不出去，政府也不支持' }, '刚才那句不算，太笼统了，我重新说')).toEqual({ situation: '' });
  });

  it('puts a word right where it was said', () => {
    const told = { situation: '上个月3路车一个乘客去抢司机方向盘' };
    expect(putRightWhileTelling(told, '说错了，是5路车不是3路车')).toEqual({ situation: '上个月5路车一个乘客去抢司机方向盘' });
  });

  it('leaves a suggestion that says 改成 alone', () => {
    expect(putRightWhileTelling({ situation: '敬老卡每年都要重新年审' }, '建议年审改成网上办，或者跟民政的数据比对')).toBeNull();
  });
});

describe('a sentence taken back as it ends', () => {
  it.each(['去年有人说要拆了建停车场，不知道真的假的，这句您别写进去', '银行那帮人真是…算了，不说了'])('%s', (said) => {
    expect(withoutDecoration(`骑楼有三十多栋。${said}`)).toBe('骑楼有三十多栋。');
  });
});
