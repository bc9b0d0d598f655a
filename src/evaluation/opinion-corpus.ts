import type { OpinionFields } from '../opinions/types.ts';
import { seededRandom } from '../shared/seeded-random.ts';

/**
 * Submissions as a year of a large committee might bring them, for the bench and the tests of the
 * similar-submission check. Free prose is what members write, and what matters to that check is
 * how words follow each other: most character pairs across a word boundary are rare in a
 * corpus, those inside common words frequent. So a situation is a place and subject, then 25–50
 * words drawn from the vocabulary below in a random order, with commas; two reports are rarely
 * alike. About one in twenty is an earlier one again with a few characters changed (the same case
 * reported twice), so the check has something to find. Deterministic for a seed.
 */

const PLACES = ['光谷街道', '关山街道', '洪山区', '江汉路', '中山大道', '南湖花园', '城南小学', '市第一医院', '东湖新城', '沙湖公园', '汉正街', '徐东社区', '鲁巷广场', '花山镇', '佛祖岭', '王家湾', '青山区', '蔡甸街道', '黄陂区', '新洲区', '江夏区', '后湖街道', '二七路', '水果湖'];
const SUBJECTS = ['老旧小区', '农贸市场', '公交站台', '学校门口', '背街小巷', '社区养老服务站', '停车场', '地下通道', '公共厕所', '口袋公园', '社区卫生服务中心', '幼儿园', '菜市场', '过街天桥', '河道', '充电桩'];
const WORDS = (
  '居民 群众 老人 学生 家长 商户 司机 行人 游客 租户 业主 物业 社区 街道 城管 交警 住建 水务 卫健 教育 ' +
  '电梯 楼道 路灯 护栏 井盖 排水 管网 积水 垃圾 异味 噪音 油烟 粉尘 占道 停车 拥堵 绕行 换乘 班次 站点 ' +
  '充电 飞线 火灾 隐患 安全 事故 剐蹭 摔倒 受伤 投诉 反映 热线 回复 整改 维修 更换 清理 巡查 执法 协调 ' +
  '资金 预算 补贴 标准 规划 方案 试点 推广 考核 监督 公示 听证 调研 座谈 统计 台账 责任 落实 机制 制度 ' +
  '早晚 高峰 夜间 周末 雨天 夏季 冬季 假期 开学 放学 长期 反复 多次 至今 尚未 仍然 一直 明显 严重 突出 ' +
  '不便 困难 混乱 缺少 不足 破损 老化 堵塞 缺失 闲置 浪费 滞后 脱节 空白 薄弱 分散 重复 拖延 推诿 扯皮 ' +
  '无障碍 轮椅 盲道 坡道 扶手 座椅 遮阳 照明 监控 标识 信号灯 斑马线 减速带 隔离栏 人行道 非机动车 ' +
  '助餐 托育 医保 挂号 药品 体检 康复 养老 救助 就业 培训 租房 学位 校车 食堂 课后 托管 心理 健康 文化'
).split(' ');

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function prose(random: () => number): string {
  const count = 25 + Math.floor(random() * 26);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = random() < 0.08 ? `${2 + Math.floor(random() * 3000)}${pick(random, ['户', '人', '次', '米', '个', '天'])}` : pick(random, WORDS);
    parts.push(word, i % 6 === 5 ? '，' : '');
  }
  return parts.join('');
}

function mutate(random: () => number, text: string): string {
  const chars = Array.from(text);
  const changes = 1 + Math.floor(random() * 3);
  for (let i = 0; i < changes; i++) chars[Math.floor(random() * chars.length)] = pick(random, ['一', '二', '三', '，', '大', '新', '老']);
  return chars.join('');
}

/** `count` submissions. */
export function opinionCorpus(count: number, seed = 20261120): OpinionFields[] {
  const random = seededRandom(seed);
  const out: OpinionFields[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(random, PLACES);
    const subject = pick(random, SUBJECTS);
    const earlier = out.length > 10 && random() < 0.05 ? out[Math.floor(random() * out.length)] : undefined;
    const situation = earlier ? mutate(random, earlier.situation) : `${place}${subject}${prose(random)}。`;
    const title = earlier ? mutate(random, earlier.title) : `关于解决${place}${subject}问题的建议`;
    out.push({
      title,
      situation,
      suggestion: `建议${pick(random, ['街道办', '城管部门', '住建局', '交管部门', '卫健委'])}牵头，会同有关部门尽快研究解决。`,
      category: '城乡建设',
      name: i % 2 ? '李明' : '王芳',
      sector: i % 2 ? '民盟' : '农工党',
      phone: '13812345678',
      signed: i % 3 !== 0,
    });
  }
  return out;
}
