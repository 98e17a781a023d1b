package org.newsportal.site;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page {@link SiteErrorReportValve} writes, from the real
 * {@code messages.properties}: the words of the site's own error templates for each kind
 * of status, and a site name that is text, never markup. Over a real server:
 * {@link TomcatErrorPageTests}.
 */
class SiteErrorReportValveTests {

	private final SiteErrorReportValve valve = new SiteErrorReportValve(messages(), Locale.SIMPLIFIED_CHINESE,
			"<b>焦作&日报</b>", () -> "/css/site-0123.css");

	@Test
	void clientErrorsGetTheWordsOfErrorHtml() {
		Document page = Jsoup.parse(this.valve.page(400));
		assertThat(page.selectFirst("h1").text()).isEqualTo("出错了");
		assertThat(page.select("main p").eachText()).containsExactly("这个请求无法处理，请检查网址后再试。", "错误代码 400", "返回首页");
	}

	@Test
	void notFoundGetsTheWordsOf404Html() {
		Document page = Jsoup.parse(this.valve.page(404));
		assertThat(page.selectFirst("h1").text()).isEqualTo("页面不存在");
		assertThat(page.select("main p").eachText()).contains("错误代码 404");
	}

	@Test
	void serverErrorsSayToTryAgainLater() {
		Document page = Jsoup.parse(this.valve.page(500));
		assertThat(page.select("main p").eachText()).contains("服务器暂时无法处理这个请求，请稍后再试。", "错误代码 500");
	}

	@Test
	void theSiteNameIsTextAndTheStylesheetIsTheOneGiven() {
		Document page = Jsoup.parse(this.valve.page(400));
		assertThat(page.selectFirst(".site-name").text()).isEqualTo("<b>焦作&日报</b>");
		assertThat(page.select(".site-name b")).isEmpty();
		assertThat(page.selectFirst("footer p").text()).startsWith("<b>焦作&日报</b> · ");
		assertThat(page.title()).isEqualTo("出错了 - <b>焦作&日报</b>");
		assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/css/site-0123.css");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
