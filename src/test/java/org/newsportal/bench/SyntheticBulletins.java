package org.newsportal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic bulletins made of the seed's headlines and paragraphs, ten articles a
 * page, one page a day, with datelines and varied reporters; and the same articles as
 * Hugo content files, so Hugo builds the same text. A fixed random seed keeps runs
 * comparable.
 * <p>
 * Arguments: number of articles, bulletin folder, and optionally a Hugo content folder.
 */
public final class SyntheticBulletins {

	static final Path SEED = Path.of("seeds/000_223f8a6ac594ec44.txt");

	/**
	 * Ten a page, as a real page has; {@code -Dbench.articles-per-bulletin=20000} makes
	 * one huge file.
	 */
	private static final int ARTICLES_PER_BULLETIN = Integer.getInteger("bench.articles-per-bulletin", 10);

	private static final String[] REPORTERS = { "郭树勋", "王明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "付凯明", "马雅宁" };

	private static final String[] ROLES = { "记者", "通讯员", "见习记者" };

	private static final String[] PARTS = { "上午", "下午", "晚上" };

	private SyntheticBulletins() {
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path bulletins = Files.createDirectories(Path.of(args[1]));
		Path hugo = (args.length > 2) ? Files.createDirectories(Path.of(args[2])) : null;
		List<String> titles = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
			String text = line.strip();
			if (text.startsWith("# ")) {
				titles.add(text.substring(2).strip());
			}
			else if (!text.isEmpty() && !text.startsWith("#") && !text.endsWith("摄") && text.endsWith("。")) {
				// Whole paragraphs only: a cut one would be joined to the next.
				paragraphs.add(text.replaceFirst("^本报讯（[^）]*）", ""));
			}
		}
		Random random = new Random(42);
		LocalDate first = LocalDate.of(2000, 1, 1);
		int written = 0;
		for (int page = 0; written < count; page++) {
			LocalDate issue = first.plusDays(page);
			StringBuilder bulletin = new StringBuilder();
			bulletin.append("---\ntitle: 合成新闻 第 ").append(page + 1).append(" 期\ndate: ").append(issue);
			bulletin.append("\nsource: 焦作日报\n---\n\n");
			for (int i = 0; i < ARTICLES_PER_BULLETIN && written < count; i++, written++) {
				String title = titles.get(random.nextInt(titles.size())) + "（" + (written + 1) + "）";
				String reporter = REPORTERS[random.nextInt(REPORTERS.length)];
				String helper = REPORTERS[random.nextInt(REPORTERS.length)];
				LocalDate day = issue.minusDays(random.nextInt(2));
				List<String> body = new ArrayList<>();
				int size = 2 + random.nextInt(4);
				for (int p = 0; p < size; p++) {
					body.add(paragraphs.get(random.nextInt(paragraphs.size())));
				}
				String dateline = "本报讯（记者" + reporter + " " + ROLES[1 + random.nextInt(2)] + helper + "）"
						+ day.getMonthValue() + "月" + day.getDayOfMonth() + "日" + PARTS[random.nextInt(PARTS.length)]
						+ "，";
				bulletin.append("# ").append(title).append("\n\n").append(dateline);
				bulletin.append(String.join("\n\n", body)).append("\n\n");
				if (hugo != null) {
					String content = "---\ntitle: \"" + title + "\"\ndate: " + day + "\nauthor: \"" + reporter
							+ "\"\n---\n\n" + dateline + String.join("\n\n", body) + "\n";
					Files.writeString(hugo.resolve("a" + written + ".md"), content, StandardCharsets.UTF_8);
				}
			}
			Files.writeString(bulletins.resolve("%06d.md".formatted(page)), bulletin, StandardCharsets.UTF_8);
		}
	}

}
