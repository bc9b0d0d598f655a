/**
 * Chinese surnames, for telling a person's name from other words. Single surnames: the common
 * ones (about 99% of people); characters that are surnames only in rare cases and everyday
 * words far more often (和, 都, 来, 由, 国) are left out. Compound surnames are listed in full.
 */

const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊乌裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅呼揭尉冶斯束檀展阴昝幸奉植衡尧闭酆暴璩訾佴释';

const COMPOUND = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '端木', '独孤', '南宫', '西门', '申屠', '太史', '万俟', '闻人', '钟离', '澹台', '公冶', '宗政', '濮阳',
  '淳于', '单于', '呼延', '赫连', '司空', '百里', '东郭', '第五', '左丘', '拓跋', '完颜', '爱新觉罗', '乐正', '公羊',
];

const SINGLES: ReadonlySet<string> = new Set(Array.from(SINGLE));

/** The surname a candidate name starts with (compound first: 欧阳明 is 欧阳 + 明), or undefined. */
export function surnameOf(name: string): string | undefined {
  const compound = COMPOUND.find((surname) => name.startsWith(surname) && name.length > surname.length);
  if (compound) return compound;
  const first = Array.from(name)[0];
  return first && SINGLES.has(first) ? first : undefined;
}

/** Whether one character is a common single surname. */
export function isSurname(char: string): boolean {
  return SINGLES.has(char);
}
