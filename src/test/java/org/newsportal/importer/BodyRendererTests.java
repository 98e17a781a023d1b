package org.newsportal.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTests {

	private final BodyRenderer renderer = new BodyRenderer();

	@Test
	void rendersParagraphsEmphasisListsAndLinks() {
		BodyRenderer.RenderedBody body = this.renderer
			.render("第一段，**重点**内容。\n\n- 一\n- 二\n\n见[官网](https://example.org/a)。");
		assertThat(body.html()).contains("<strong>重点</strong>")
			.contains("<li>一</li>")
			.contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">官网</a>");
		assertThat(body.text()).isEqualTo("第一段，重点内容。\n\n一 二\n\n见官网。");
	}

	@Test
	void rendersTables() {
		BodyRenderer.RenderedBody body = this.renderer.render("| 项目 | 金额 |\n|---|---|\n| 营收 | 33亿元 |\n");
		assertThat(body.html()).contains("<table>").contains("<th>项目</th>").contains("<td>33亿元</td>");
	}

	@Test
	void rawHtmlNeverBecomesMarkup() {
		BodyRenderer.RenderedBody body = this.renderer.render("""
				<script>alert('x')</script>

				段落<img src=x onerror=alert(1)>结束。

				<a href="javascript:alert(1)" onclick="alert(2)">点我</a>

				[链接](javascript:alert(3))
				""");
		Document html = Jsoup.parseBodyFragment(body.html());
		assertThat(html.select("script, img, [onclick], [onerror]")).isEmpty();
		assertThat(html.select("a")).allSatisfy((link) -> assertThat(link.attr("href")).doesNotContain("javascript"));
		assertThat(body.html()).contains("&lt;script&gt;");
		assertThat(body.text()).contains("<script>alert('x')</script>");
	}

}
