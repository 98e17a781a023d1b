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
 * Writes synthetic bulletins made of the seed's headlines and paragraphs, with datelines
 * and varied reporters, one page a day; and the same articles as Hugo content files, so
 * Hugo builds the same text. A fixed random seed keeps runs comparable.
 * <p>
 * Arguments: number of articles, bulletin folder, and optionally a Hugo content folder.
 * Pages hold ten articles, as a real page does; {@code -Dbench.articles-per-bulletin}
 * changes that (20000 makes the one-file stress page of the editors' issue), and
 * {@code -Dbench.pages-per-day} prints that many numbered pages a day (14 pages of ten
 * make a million articles twenty years of a daily).
 */
public final class SyntheticBulletins {

	static final Path SEED = Path.of("seeds/000_223f8a6ac594ec44.txt");

	private static final String[] REPORTERS = { "郭树勋", "王明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "付凯明", "马雅宁" };

	private static final String[] ROLES = { "记者", "通讯员", "见习记者" };

	private static final String[] PARTS = { "上午", "下午", "晚上" };

	private final List<String> titles = new ArrayList<>();

	private final List<String> paragraphs = new ArrayList<>();

	private final int articlesPerBulletin;

	private final int maxParagraphs;

	private final int pagesPerDay = Math.max(1, Integer.getInteger("bench.pages-per-day", 1));

	/**
	 * @param articlesPerBulletin articles on each page
	 * @param maxParagraphs most paragraphs an article has (at least two, one with the
	 * dateline)
	 */
	public SyntheticBulletins(int articlesPerBulletin, int maxParagraphs) throws IOException {
		this.articlesPerBulletin = articlesPerBulletin;
		this.maxParagraphs = Math.max(2, maxParagraphs);
		for (String line : Files.readAllLines(SEED, StandardCharsets.UTF_8)) {
			String text = line.strip();
			if (text.startsWith("# ")) {
				this.titles.add(text.substring(2).strip());
			}
			else if (!text.isEmpty() && !text.startsWith("#") && !text.endsWith("摄") && text.endsWith("。")) {
				// Whole paragraphs only: a cut one would be joined to the next.
				this.paragraphs.add(text.replaceFirst("^本报讯（[^）]*）", ""));
			}
		}
	}

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path hugo = (args.length > 2) ? Path.of(args[2]) : null;
		new SyntheticBulletins(Integer.getInteger("bench.articles-per-bulletin", 10), 5).write(count, Path.of(args[1]),
				hugo);
	}

	/**
	 * Writes {@code count} articles into pages named {@code 000000.md}, {@code 000001.md}
	 * and so on, the first dated 2000-01-01; headline {@code n} ends in {@code （n）}.
	 * @return the pages written
	 */
	public List<Path> write(int count, Path bulletins, Path hugo) throws IOException {
		Files.createDirectories(bulletins);
		if (hugo != null) {
			Files.createDirectories(hugo);
		}
		List<Path> pages = new ArrayList<>();
		Random random = new Random(42);
		LocalDate first = LocalDate.of(2000, 1, 1);
		int written = 0;
		for (int page = 0; written < count; page++) {
			LocalDate issue = first.plusDays(page / this.pagesPerDay);
			StringBuilder bulletin = new StringBuilder();
			bulletin.append("---\ntitle: 合成新闻 第 ").append(page + 1).append(" 期\ndate: ").append(issue);
			if (this.pagesPerDay > 1) {
				bulletin.append("\npage: ").append(page % this.pagesPerDay + 1);
			}
			bulletin.append("\nsource: 焦作日报\n---\n\n");
			for (int i = 0; i < this.articlesPerBulletin && written < count; i++, written++) {
				String title = this.titles.get(random.nextInt(this.titles.size())) + "（" + (written + 1) + "）";
				String reporter = REPORTERS[random.nextInt(REPORTERS.length)];
				String helper = REPORTERS[random.nextInt(REPORTERS.length)];
				LocalDate day = issue.minusDays(random.nextInt(2));
				List<String> body = new ArrayList<>();
				int size = 2 + random.nextInt(this.maxParagraphs - 1);
				for (int p = 0; p < size; p++) {
					body.add(this.paragraphs.get(random.nextInt(this.paragraphs.size())));
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
			Path file = bulletins.resolve("%06d.md".formatted(page));
			Files.writeString(file, bulletin, StandardCharsets.UTF_8);
			pages.add(file);
		}
		return pages;
	}

}
