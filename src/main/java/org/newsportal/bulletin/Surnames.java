package org.newsportal.bulletin;

import java.util.HashSet;
import java.util.Set;

/**
 * Common Chinese surnames. A titled mention is only taken for a person when it starts
 * with one of these: it is the cheapest guard against reading {@code 高度}, {@code 会议} or a
 * place as a name.
 */
final class Surnames {

	private static final String SINGLE = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩明佘麻苑迟邝官封谈匡鞠荆冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠朴练廉禹祖漆巴卿狄晋扈晁芮阙浦戈伏鹿薄邸雍辜";

	private static final String[] COMPOUND = { "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
			"令狐", "夏侯", "端木", "西门", "南宫", "独孤", "呼延", "轩辕", "万俟", "闻人", "澹台", "公冶", "宗政", "濮阳", "太史", "申屠", "钟离" };

	private static final Set<Character> SINGLES = new HashSet<>();

	private static final Set<String> COMPOUNDS = Set.of(COMPOUND);

	private static final Set<Character> COMPOUND_FIRSTS = new HashSet<>();

	static {
		for (int i = 0; i < SINGLE.length(); i++) {
			SINGLES.add(SINGLE.charAt(i));
		}
		for (String compound : COMPOUND) {
			COMPOUND_FIRSTS.add(compound.charAt(0));
		}
	}

	private Surnames() {
	}

	static boolean startsWithSurname(String text, int at) {
		return at < text.length() && (SINGLES.contains(text.charAt(at)) || startsWithCompound(text, at));
	}

	static boolean startsWithCompound(String text, int at) {
		// checked at every character of long texts: avoid the substring when possible
		return at + 2 <= text.length() && COMPOUND_FIRSTS.contains(text.charAt(at))
				&& COMPOUNDS.contains(text.substring(at, at + 2));
	}

}
