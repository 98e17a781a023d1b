package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a bulletin (a newspaper page as Markdown) into items: one per {@code # headline}
 * and one per photo that stands on its own. A pure function of the text and the options;
 * instances hold no state and may be shared between threads.
 *
 * <p>
 * The parser repairs only paragraphs the page layout cut in two, and reports each repair;
 * everything else it doubts becomes a {@link Finding} and the text stays as printed.
 */
public final class BulletinParser {

	static final String NO_HEADLINE = "没有找到标题：每篇文章需以「# 标题」开头";

	/** Summaries go into a database column; a lead longer than this is cut. */
	private static final int MAX_SUMMARY = 500;

	private static final int MAX_PHOTO_TITLE = 40;

	private static final int ORPHAN_EXCERPT = 30;

	public BulletinParser() {
	}

	/**
	 * @param text the bulletin, as decoded by {@link BulletinDecoder}
	 * @param options the issue date (may be null) and today's date (required)
	 * @return the items with repairs and findings
	 * @throws BulletinFormatException when the bulletin cannot be imported
	 */
	public ParsedBulletin parse(String text, ParseOptions options) {
		Objects.requireNonNull(options, "options");
		Objects.requireNonNull(options.today(), "options.today");
		if (text == null || BulletinDecoder.isBlank(text)) {
			throw new BulletinFormatException(BulletinDecoder.EMPTY);
		}
		String normalised = BulletinDecoder.normaliseLineEnds(text);
		if (normalised.charAt(0) == '\uFEFF') {
			normalised = normalised.substring(1);
		}
		MarkdownLimits.check(normalised);
		return new Run(normalised, options).parse();
	}

	/** One parse: the mutable working state stays here, not in the parser. */
	private static final class Run {

		private final String text;

		private final ParseOptions options;

		private final List<Repair> repairs = new ArrayList<>();

		private final List<Finding> findings = new ArrayList<>();

		Run(String text, ParseOptions options) {
			this.text = text;
			this.options = options;
		}

		ParsedBulletin parse() {
			String[] lines = this.text.split("\n", -1);
			FrontMatterReader.Result front = FrontMatterReader.read(lines, this.findings);
			List<Block> blocks = MarkdownBlocks.split(lines, front.bodyStart());
			List<Draft> drafts = segment(blocks);
			LocalDate issueDate = (this.options.issueDate() != null) ? this.options.issueDate()
					: front.frontMatter().date();
			YearResolver years = new YearResolver(issueDate, this.text, this.options.today());
			List<Shaped> shaped = new ArrayList<>();
			for (Draft draft : drafts) {
				shaped.add(draft.photo ? shapePhoto(draft, years) : shapeArticle(draft, years));
			}
			addKnownNames(shaped);
			List<ParsedItem> items = finish(shaped, issueDate);
			List<Finding> ordered = new ArrayList<>(new LinkedHashSet<>(this.findings));
			ordered.sort(Comparator.comparingInt(Finding::line));
			return new ParsedBulletin(front.frontMatter(), issueDate, items, this.repairs, ordered);
		}

		/** Groups blocks into articles and stand-alone photos. */
		private List<Draft> segment(List<Block> blocks) {
			List<Draft> drafts = new ArrayList<>();
			Draft article = null;
			boolean headline = false;
			boolean orphans = false;
			for (Block block : blocks) {
				if (block.isHeading(1)) {
					if (block.headingText().isEmpty()) {
						throw new BulletinFormatException("第" + block.line() + "行：标题为空", block.line());
					}
					article = new Draft(block);
					drafts.add(article);
					headline = true;
					continue;
				}
				if (article != null && article.body.isEmpty() && article.subtitle == null && block.isHeading(2)) {
					article.subtitle = block;
					continue;
				}
				PhotoCredits.Credit credit = (block.kind() == BlockKind.PARAGRAPH) ? PhotoCredits.find(block.text())
						: null;
				boolean articleOpening = article != null && article.body.isEmpty()
						&& Datelines.parse(block.text()) != null;
				if (credit != null && !articleOpening) {
					if (article != null && article.body.isEmpty()) {
						// a headline over a photo: the photo keeps the headline
						article.photo(block, credit);
					}
					else {
						Draft photo = new Draft(null);
						photo.photo(block, credit);
						drafts.add(photo);
					}
					article = null;
					continue;
				}
				if (article != null) {
					article.body.add(block);
					continue;
				}
				orphans = true;
				String where = headline || !drafts.isEmpty() ? "图片说明之后" : "第一个标题之前";
				this.findings.add(new Finding(block.line(), "第" + block.line() + "行：" + where + "的文字未归入任何稿件：「"
						+ ChineseText.head(block.text(), ORPHAN_EXCERPT) + "」"));
			}
			if (!headline && (drafts.isEmpty() || orphans)) {
				throw new BulletinFormatException(NO_HEADLINE, 0);
			}
			return drafts;
		}

		private Shaped shapeArticle(Draft draft, YearResolver years) {
			String title = draft.headline.headingText();
			int line = draft.headline.line();
			List<Block> body = ParagraphRepair.repair(draft.body, title, this.repairs, this.findings);
			if (body.isEmpty()) {
				this.findings.add(new Finding(line, "第" + line + "行：标题「" + title + "」下没有正文"));
			}
			Block first = body.isEmpty() ? null : body.get(0);
			Dateline dateline = (first != null && first.kind() == BlockKind.PARAGRAPH) ? Datelines.parse(first.text())
					: null;
			List<Byline> bylines = new ArrayList<>();
			LocalDate date = null;
			String dayPart = null;
			String summary;
			String photoCredit = null;
			if (dateline != null) {
				bylines.addAll(dateline.bylines());
				if (dateline.hasDate()) {
					date = years.resolve(dateline.year(), dateline.month(), dateline.day(), first.line(),
							this.findings);
				}
				dayPart = dateline.dayPart();
				summary = ChineseText.firstSentence(first.text().substring(dateline.leadStart()), MAX_SUMMARY);
				PhotoCredits.Credit credit = PhotoCredits.find(first.text());
				if (credit != null) {
					photoCredit = credit.printed();
					bylines.addAll(credit.photographers());
				}
			}
			else {
				summary = body.stream()
					.filter((block) -> block.kind() == BlockKind.PARAGRAPH)
					.findFirst()
					.map((block) -> ChineseText.firstSentence(block.text(), MAX_SUMMARY))
					.orElse("");
			}
			List<String> texts = body.stream().map(Block::text).toList();
			String markdown = String.join("\n\n", texts);
			List<FoundPerson> people = findPeople(markdown, line);
			String subtitle = (draft.subtitle != null) ? draft.subtitle.headingText() : null;
			return new Shaped(ItemKind.ARTICLE, title, subtitle, date, dayPart, bylines, people, summary, markdown,
					photoCredit, line);
		}

		private Shaped shapePhoto(Draft draft, YearResolver years) {
			Block block = draft.caption;
			String caption = ChineseText.strip(block.text().substring(0, draft.credit.captionEnd()));
			Datelines.DatePart printed = Datelines.captionDate(caption);
			LocalDate date = (printed != null)
					? years.resolve(printed.year(), printed.month(), printed.day(), block.line(), this.findings) : null;
			String title = (draft.headline != null) ? draft.headline.headingText() : photoTitle(caption, printed);
			int line = (draft.headline != null) ? draft.headline.line() : block.line();
			String subtitle = (draft.subtitle != null) ? draft.subtitle.headingText() : null;
			List<FoundPerson> people = findPeople(caption, line);
			return new Shaped(ItemKind.PHOTO, title, subtitle, date, (printed != null) ? printed.dayPart() : null,
					draft.credit.photographers(), people, ChineseText.firstSentence(caption, MAX_SUMMARY), caption,
					draft.credit.printed(), line);
		}

		private List<FoundPerson> findPeople(String markdown, int line) {
			List<String> dropped = new ArrayList<>();
			PeopleFinder finder = new PeopleFinder(dropped);
			List<FoundPerson> found = finder.find(markdown);
			for (String message : new LinkedHashSet<>(dropped)) {
				this.findings.add(new Finding(line, "第" + line + "行起的稿件：" + message));
			}
			return found;
		}

		/**
		 * Names found with a title anywhere in the bulletin also count where they appear
		 * bare ({@code 吕沛逐一进行点评}).
		 */
		private void addKnownNames(List<Shaped> shaped) {
			KnownNames known = KnownNames.from(shaped.stream().map(Shaped::people).toList());
			for (Shaped item : shaped) {
				// a title printed in the item itself wins over one borrowed from
				// elsewhere
				Set<String> named = new HashSet<>();
				item.people.forEach((found) -> named.add(found.name()));
				for (FoundPerson found : known.find(item.markdown)) {
					if (!named.contains(found.name())) {
						item.people.add(found);
					}
				}
			}
		}

		private List<ParsedItem> finish(List<Shaped> shaped, LocalDate issueDate) {
			LocalDate latest = null;
			for (Shaped item : shaped) {
				if (item.date != null && (latest == null || item.date.isAfter(latest))) {
					latest = item.date;
				}
			}
			List<ParsedItem> items = new ArrayList<>();
			for (Shaped item : shaped) {
				boolean dated = item.date != null;
				LocalDate date = item.date;
				if (date == null) {
					date = (issueDate != null) ? issueDate : latest;
				}
				if (date == null) {
					date = this.options.today();
					this.findings
						.add(new Finding(item.line, "第" + item.line + "行：稿件「" + item.title + "」没有日期，已使用今天的日期"));
				}
				items.add(new ParsedItem(items.size(), item.kind, item.title, item.subtitle, date, dated, item.dayPart,
						item.bylines, PeopleFinder.merge(item.people), item.summary, item.markdown, item.photoCredit,
						item.line));
			}
			return items;
		}

		/** The caption's first clause after its date, cut on a punctuation boundary. */
		private static String photoTitle(String caption, Datelines.DatePart date) {
			int start = (date != null) ? date.end() : 0;
			while (start < caption.length() && (ChineseText.isSpace(caption.charAt(start))
					|| caption.charAt(start) == '，' || caption.charAt(start) == ',')) {
				start++;
			}
			int end = start;
			while (end < caption.length() && "，,。；;！？!?：:\n".indexOf(caption.charAt(end)) < 0) {
				end++;
			}
			String clause = ChineseText.strip(caption.substring(start, end));
			if (clause.isEmpty()) {
				clause = ChineseText.firstSentence(caption, MAX_PHOTO_TITLE);
			}
			if (clause.length() <= MAX_PHOTO_TITLE) {
				return clause;
			}
			int cut = -1;
			for (int k = MAX_PHOTO_TITLE; k > MAX_PHOTO_TITLE / 3; k--) {
				if ("、 （(“《—·".indexOf(clause.charAt(k)) >= 0) {
					cut = k;
					break;
				}
			}
			return ChineseText.strip(clause.substring(0, (cut > 0) ? cut : MAX_PHOTO_TITLE));
		}

	}

	/** Blocks that belong to one item, before they are read. */
	private static final class Draft {

		private final Block headline;

		private final List<Block> body = new ArrayList<>();

		private Block subtitle;

		private boolean photo;

		private Block caption;

		private PhotoCredits.Credit credit;

		Draft(Block headline) {
			this.headline = headline;
		}

		void photo(Block caption, PhotoCredits.Credit credit) {
			this.photo = true;
			this.caption = caption;
			this.credit = credit;
		}

	}

	/** An item read, before undated items get their fallback date. */
	private record Shaped(ItemKind kind, String title, String subtitle, LocalDate date, String dayPart,
			List<Byline> bylines, List<FoundPerson> people, String summary, String markdown, String photoCredit,
			int line) {

		Shaped {
			people = new ArrayList<>(people);
		}

	}

}
