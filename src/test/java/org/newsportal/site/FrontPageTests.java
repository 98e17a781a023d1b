package org.newsportal.site;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsportal.ResultPage;
import org.newsportal.article.ArticleCard;
import org.newsportal.article.Credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsportal.site.Cards.MARCH_11;
import static org.newsportal.site.Cards.MARCH_5;
import static org.newsportal.site.Cards.MARCH_6;
import static org.newsportal.site.Cards.article;
import static org.newsportal.site.Cards.reporter;

class FrontPageTests {

	@Test
	void firstPageSplitsLeadItsDayAndEarlierDays() {
		List<ArticleCard> items = List.of(article("a", "甲", MARCH_11), article("b", "乙", MARCH_11),
				article("c", "丙", MARCH_6), article("d", "丁", MARCH_5), article("e", "戊", MARCH_5));

		FrontPage front = FrontPage.of(new ResultPage<>(items, 1, 20, 5));

		assertThat(front.lead().slug()).isEqualTo("a");
		assertThat(front.leadDay()).extracting(ArticleCard::slug).containsExactly("b");
		assertThat(front.earlier()).extracting(DayGroup::date).containsExactly(MARCH_6, MARCH_5);
		assertThat(front.earlier().get(1).items()).extracting(ArticleCard::slug).containsExactly("d", "e");
		assertThat(front.page()).isEqualTo(1);
		assertThat(front.hasPrevious()).isFalse();
		assertThat(front.hasNext()).isFalse();
	}

	@Test
	void laterPagesHaveNoLead() {
		FrontPage front = FrontPage.of(new ResultPage<>(List.of(article("x", "己", MARCH_5)), 3, 20, 41));

		assertThat(front.lead()).isNull();
		assertThat(front.earlier()).hasSize(1);
		assertThat(front.page()).isEqualTo(3);
		assertThat(front.hasPrevious()).isTrue();
		assertThat(front.hasNext()).isFalse();
	}

	@Test
	void bylinesAreGroupedByRoleInPrintedOrder() {
		assertThat(BylineGroup.of(List.of(reporter("郭树勋"), new Credit("刘晋丽", "通讯员"), reporter("赵根志"))))
			.containsExactly(new BylineGroup("记者", List.of("郭树勋", "赵根志")), new BylineGroup("通讯员", List.of("刘晋丽")));
	}

}
