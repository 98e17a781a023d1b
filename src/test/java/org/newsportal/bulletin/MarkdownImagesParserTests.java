package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures in a bulletin: a paragraph of pictures is never joined to the text around it,
 * and a picture standing above a photo's caption goes with the photo.
 */
class MarkdownImagesParserTests {

	private final BulletinParser parser = new BulletinParser();

	private ParsedBulletin parse(String text) {
		return this.parser.parse(text,
				new ParseOptions(LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 12), Vocabulary.DEFAULTS));
	}

	@Test
	void aPictureIsNeverHalfOfACutParagraph() {
		ParsedBulletin parsed = parse("""
				# 高新区召开项目观摩会

				本报讯（记者郭树勋）3月11日上午，高新区召开项目观摩会。

				![观摩团在车间参观](photo-1.jpg)

				与会人员先后观摩了五个项目。
				""");
		assertThat(parsed.repairs()).isEmpty();
		assertThat(parsed.items()).singleElement()
			.satisfies((item) -> assertThat(item.markdown()).contains("\n\n![观摩团在车间参观](photo-1.jpg)\n\n"));
	}

	@Test
	void aPictureIsKeptWholeInAnAgencyStoryCutAroundIt() {
		ParsedBulletin parsed = parse("""
				# 清河县推进老旧小区改造

				新华社石家庄3月11日电（记者 王小明 李华）记者从清河县获悉，今年全县将推进老旧小区改

				![改造后的小区 （新华社记者 张伟 摄影）](images/xinhua-2.jpg)

				造工作，惠及居民三千余户。
				""");
		assertThat(parsed.items()).singleElement().satisfies((item) -> {
			assertThat(item.markdown()).contains("\n\n![改造后的小区 （新华社记者 张伟 摄影）](images/xinhua-2.jpg)\n\n");
			assertThat(item.markdown()).doesNotContain("改![").doesNotContain(")造");
		});
	}

	@Test
	void aPictureAboveACaptionIsThePhotos() {
		ParsedBulletin parsed = parse("""
				# 高新区召开项目观摩会

				本报讯（记者郭树勋）3月11日上午，高新区召开项目观摩会。

				![](photo-2.jpg)

				3月10日上午，工人在生产线上操作机器。本报记者 付凯明 摄

				# 下一篇

				正文。

				![](photo-3.jpg)
				图为新建成的厂房。本报记者 马雅宁 摄
				""");
		List<ParsedItem> items = parsed.items();
		assertThat(items).extracting(ParsedItem::kind)
			.containsExactly(ItemKind.ARTICLE, ItemKind.PHOTO, ItemKind.ARTICLE, ItemKind.PHOTO);
		assertThat(items.get(0).markdown()).doesNotContain("photo-2.jpg");
		assertThat(items.get(1).markdown()).startsWith("![](photo-2.jpg)\n3月10日上午");
		assertThat(items.get(1).title()).isEqualTo("工人在生产线上操作机器");
		assertThat(items.get(1).date()).isEqualTo(LocalDate.of(2024, 3, 10));
		assertThat(items.get(3).markdown()).startsWith("![](photo-3.jpg)");
		assertThat(items.get(3).title()).doesNotContain("!").doesNotContain("photo-3");
	}

}
