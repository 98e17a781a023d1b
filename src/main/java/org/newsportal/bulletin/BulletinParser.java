package org.newsportal.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

	/**
	 * A line under the headline this short that ends no sentence is some kind of heading.
	 */
	private static final int SHORT_LINE = 20;

	public BulletinParser() {
	}

	/**
	 * @param text the bulletin, as decoded by {@link BulletinDecoder}
	 * @param options the issue date (may be null), the import day (required) and the
	 * vocabulary
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

		private final Vocabulary vocabulary;

		private final List<Repair> repairs = new ArrayList<>();

		private final List<Finding> findings = new ArrayList<>();

		private final List<PageStaff> staff = new ArrayList<>();

		Run(String text, ParseOptions options) {
			this.text = text;
			this.options = options;
			this.vocabulary = options.vocabulary();
		}

		ParsedBulletin parse() {
			String[] lines = this.text.split("\n", -1);
			FrontMatterReader.Result front = FrontMatterReader.read(lines, this.findings);
			List<Block> blocks = takeFurniture(MarkdownBlocks.split(lines, front.bodyStart()));
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
			return new ParsedBulletin(front.frontMatter(), issueDate, items, this.repairs, ordered, this.staff);
		}

		/**
		 * Takes the page's furniture ({@code 本版编辑：王五}) out wherever it stands, and splits
		 * a byline printed on the first line of a paragraph from the text under it.
		 */
		private List<Block> takeFurniture(List<Block> blocks) {
			List<Block> kept = new ArrayList<>(blocks.size());
			for (Block block : blocks) {
				if (block.kind() != BlockKind.PARAGRAPH) {
					kept.add(block);
					continue;
				}
				List<PageStaff> whole = PageFurniture.parse(block.text(), block.line(), this.vocabulary);
				if (whole != null) {
					this.staff.addAll(whole);
					continue;
				}
				if (block.line() == block.endLine()) {
					kept.add(block);
					continue;
				}
				String[] lines = block.text().split("\n", -1);
				// furniture on the last lines of a paragraph: the layout put no blank
				// line
				// before it
				int keep = lines.length;
				List<PageStaff> trailing = new ArrayList<>();
				while (keep > 1) {
					List<PageStaff> found = PageFurniture.parseLine(lines[keep - 1], block.line() + keep - 1,
							this.vocabulary);
					if (found == null) {
						break;
					}
					trailing.addAll(0, found);
					keep--;
				}
				this.staff.addAll(trailing);
				int first = 0;
				if (keep > 1 && BylineLines.standalone(lines[0], this.vocabulary) != null) {
					kept.add(new Block(BlockKind.PARAGRAPH, lines[0], block.line(), block.line(), 0));
					first = 1;
				}
				if (first == 0 && keep == lines.length) {
					kept.add(block);
				}
				else {
					String rest = String.join("\n", Arrays.asList(lines).subList(first, keep));
					kept.add(new Block(MarkdownBlocks.kindOf(rest), rest, block.line() + first, block.line() + keep - 1,
							0));
				}
			}
			return kept;
		}

		/** Groups blocks into articles and stand-alone photos. */
		private List<Draft> segment(List<Block> blocks) {
			List<Draft> drafts = new ArrayList<>();
			Draft article = null;
			Block kicker = null;
			boolean headline = false;
			boolean orphans = false;
			for (int i = 0; i < blocks.size(); i++) {
				Block block = blocks.get(i);
				Block next = (i + 1 < blocks.size()) ? blocks.get(i + 1) : null;
				if (block.isHeading(1)) {
					if (block.headingText().isEmpty()) {
						throw new BulletinFormatException("第" + block.line() + "行：标题为空", block.line());
					}
					article = new Draft(block);
					article.kicker = kicker;
					kicker = null;
					drafts.add(article);
					headline = true;
					continue;
				}
				// a subtitle is a line, not a block of text: a longer heading stays in
				// the body
				if (article != null && article.body.isEmpty() && article.subtitle == null && block.isHeading(2)
						&& block.headingText().length() <= MarkdownBlocks.MAX_HEADLINE) {
					article.subtitle = block;
					continue;
				}
				// a heading over the next headline is its kicker (引题): a section heading
				// with nothing under it would say nothing
				if (block.kind() == BlockKind.HEADING && next != null && next.isHeading(1)
						&& !block.headingText().isEmpty()
						&& block.headingText().length() <= MarkdownBlocks.MAX_HEADLINE) {
					kicker = block;
					continue;
				}
				if (article != null && !article.hasProse() && article.subtitle == null && article.dashSubtitle == null
						&& block.kind() == BlockKind.PARAGRAPH && ItemLabels.dashSubtitle(block.text()) != null
						&& ItemLabels.dashSubtitle(block.text()).length() <= MarkdownBlocks.MAX_HEADLINE) {
					article.dashSubtitle = ItemLabels.dashSubtitle(block.text());
					continue;
				}
				PhotoCredits.Credit credit = (block.kind() == BlockKind.PARAGRAPH)
						? PhotoCredits.find(block.text(), this.vocabulary) : null;
				boolean articleOpening = article != null && !article.hasProse()
						&& Datelines.parse(block.text(), this.vocabulary) != null;
				if (credit != null && !articleOpening) {
					if (article != null && article.hasProse()
							&& (ItemLabels.isCaption(block.text()) || continuesArticle(next))) {
						// the photo of an article, captioned inside it
						article.add(block, this.vocabulary);
						continue;
					}
					if (article != null && !article.hasProse()) {
						// a headline over a photo: the photo keeps the headline
						article.photo(block, credit);
						article.picture = article.lastPicture();
					}
					else {
						Draft photo = new Draft(null);
						photo.photo(block, credit);
						// a picture standing just above its caption is the photo's, not
						// the
						// article's before it
						if (article != null) {
							photo.picture = article.lastPicture();
						}
						drafts.add(photo);
					}
					article = null;
					continue;
				}
				if (article != null) {
					article.add(block, this.vocabulary);
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

		/**
		 * Whether the block after a captioned photo goes on with the article around it.
		 */
		private boolean continuesArticle(Block next) {
			if (next == null || next.kind() == BlockKind.HEADING) {
				return false;
			}
			return next.kind() != BlockKind.PARAGRAPH || PhotoCredits.find(next.text(), this.vocabulary) == null;
		}

		private Shaped shapeArticle(Draft draft, YearResolver years) {
			String title = draft.headline.headingText();
			int line = draft.headline.line();
			String kicker = (draft.kicker != null) ? draft.kicker.headingText() : null;
			String subtitle = (draft.subtitle != null) ? draft.subtitle.headingText() : draft.dashSubtitle;
			String genre = ItemLabels.headlineGenre(title);
			if (genre == null && kicker != null) {
				genre = ItemLabels.genre(kicker);
			}
			List<Block> blocks = new ArrayList<>(draft.body);
			List<Byline> printedApart = new ArrayList<>();
			String note = null;
			String agencyApart = null;
			// what stands before the text: labels and bylines go, notes and captions stay
			int lead = 0;
			while (lead < blocks.size() && blocks.get(lead).kind() == BlockKind.PARAGRAPH) {
				Block block = blocks.get(lead);
				String label = ItemLabels.genre(block.text());
				if (label != null) {
					genre = (genre != null) ? genre : label;
					blocks.remove(lead);
					continue;
				}
				BylineLines.Line byline = BylineLines.standalone(block.text(), this.vocabulary);
				if (byline != null) {
					printedApart.addAll(byline.bylines());
					agencyApart = (agencyApart != null) ? agencyApart : byline.agency();
					if (byline.commentator() && genre == null) {
						genre = "评论员文章";
					}
					blocks.remove(lead);
					continue;
				}
				String editorsNote = ItemLabels.editorsNote(block.text());
				if (editorsNote != null && note == null) {
					if (editorsNote.isEmpty() && lead + 1 < blocks.size()) {
						note = ChineseText.strip(blocks.get(lead + 1).text());
						lead += 2;
					}
					else {
						note = editorsNote.isEmpty() ? null : editorsNote;
						lead++;
					}
					continue;
				}
				if (ItemLabels.isCaption(block.text()) || ItemLabels.isSectionHeading(block.text())) {
					lead++;
					continue;
				}
				if (isUnknownShortLine(block)) {
					this.findings.add(new Finding(block.line(), "第" + block.line() + "行：标题下的短行「"
							+ ChineseText.strip(block.text()) + "」未能识别为署名或导语，已原样保留，未与下一段接合"));
					lead++;
					continue;
				}
				break;
			}
			List<Byline> closingBylines = new ArrayList<>();
			String sourceNote = takeClosingCredits(blocks, lead, closingBylines);
			List<Block> body = new ArrayList<>(blocks.subList(0, lead));
			body.addAll(ParagraphRepair.repair(blocks.subList(lead, blocks.size()), title, this.repairs, this.findings,
					this.vocabulary));
			if (body.isEmpty()) {
				this.findings.add(new Finding(line, "第" + line + "行：标题「" + title + "」下没有正文"));
			}
			Block first = (body.size() > lead) ? body.get(lead) : null;
			if (first != null && first.kind() != BlockKind.PARAGRAPH) {
				first = null;
			}
			Dateline dateline = (first != null) ? Datelines.parse(first.text(), this.vocabulary) : null;
			List<Byline> bylines = new ArrayList<>();
			LocalDate date = null;
			String dayPart = null;
			String vague = null;
			String summary;
			String photoCredit = null;
			ItemSource source = null;
			if (dateline != null) {
				bylines.addAll(dateline.bylines());
				source = dateline.source();
				if (dateline.hasDate()) {
					date = years.resolve(dateline.date(), first.line(), this.findings);
					dayPart = dateline.date().dayPart();
				}
				vague = dateline.vague();
				summary = ChineseText.firstSentence(first.text().substring(dateline.leadStart()), MAX_SUMMARY);
				PhotoCredits.Credit credit = PhotoCredits.find(first.text(), this.vocabulary);
				if (credit != null) {
					photoCredit = credit.printed();
					bylines.addAll(credit.photographers());
				}
			}
			else {
				Block opening = (first != null) ? first
						: body.stream().filter((block) -> block.kind() == BlockKind.PARAGRAPH).findFirst().orElse(null);
				summary = (opening != null) ? ChineseText.firstSentence(opening.text(), MAX_SUMMARY) : "";
				if (first != null) {
					// 5月4日上午，第三届…开幕: a lead that opens with its date dates the item
					int at = ChineseText.skipSpaces(first.text(), 0);
					Datelines.DatePart printed = Datelines.readLeadDate(first.text(), at, true);
					if (printed != null) {
						date = years.resolve(printed, first.line(), this.findings);
						dayPart = printed.dayPart();
					}
					else {
						vague = Datelines.vagueAt(first.text(), at);
					}
				}
			}
			bylines.addAll(printedApart);
			bylines.addAll(closingBylines);
			if (source == null && (agencyApart != null || sourceNote != null)) {
				source = new ItemSource((agencyApart != null) ? agencyApart : sourceNote, null);
			}
			for (Block block : body) {
				// a photo captioned inside the article credits its photographers
				PhotoCredits.Credit credit = (block != first && block.kind() == BlockKind.PARAGRAPH)
						? PhotoCredits.find(block.text(), this.vocabulary) : null;
				if (credit != null) {
					photoCredit = (photoCredit != null) ? photoCredit : credit.printed();
					bylines.addAll(credit.photographers());
				}
			}
			List<String> texts = body.stream().map(Block::text).toList();
			String markdown = String.join("\n\n", texts);
			List<FoundPerson> people = findPeople(markdown, line);
			return new Shaped(ItemKind.ARTICLE, kicker, title, subtitle, genre, date, dayPart, vague, source,
					distinct(bylines), people, summary, note, markdown, photoCredit, line);
		}

		/**
		 * A byline closing the last paragraph ({@code …活动。（本报记者 某某）}) or on the last line
		 * of its own is credited and taken out of the text, as is a source note
		 * ({@code （来源：人民日报）}); captions after the text are looked past.
		 * @return the outlet a source note names, or null
		 */
		private String takeClosingCredits(List<Block> blocks, int lead, List<Byline> bylines) {
			String source = null;
			for (int round = 0; round < 2; round++) {
				int lastIndex = blocks.size() - 1;
				while (lastIndex >= lead && blocks.get(lastIndex).kind() == BlockKind.PARAGRAPH
						&& (ItemLabels.isCaption(blocks.get(lastIndex).text())
								|| PhotoCredits.find(blocks.get(lastIndex).text(), this.vocabulary) != null)) {
					lastIndex--;
				}
				if (lastIndex < lead || blocks.get(lastIndex).kind() != BlockKind.PARAGRAPH) {
					return source;
				}
				Block last = blocks.get(lastIndex);
				BylineLines.Closing closing = BylineLines.closing(last.text(), this.vocabulary);
				if (closing != null) {
					bylines.addAll(0, closing.bylines());
					source = (source != null) ? source : closing.source();
					String rest = last.text().substring(0, closing.start());
					if (ChineseText.strip(rest).isEmpty()) {
						blocks.remove(lastIndex);
					}
					else {
						blocks.set(lastIndex,
								new Block(BlockKind.PARAGRAPH, rest.stripTrailing(), last.line(), last.endLine(), 0));
					}
					continue;
				}
				BylineLines.Line line = (lastIndex > lead) ? BylineLines.standalone(last.text(), this.vocabulary)
						: null;
				if (line != null && !line.bylines().isEmpty()) {
					bylines.addAll(0, line.bylines());
					blocks.remove(lastIndex);
					continue;
				}
				return source;
			}
			return source;
		}

		/**
		 * A short line under the headline that ends no sentence and is neither a byline
		 * nor an opening: a heading of some kind, never the first half of a cut
		 * paragraph.
		 */
		private boolean isUnknownShortLine(Block block) {
			String stripped = ChineseText.strip(block.text());
			return stripped.length() <= SHORT_LINE && stripped.indexOf('\n') < 0 && !stripped.isEmpty()
					&& !ChineseText.endsSentence(stripped) && Datelines.parse(stripped, this.vocabulary) == null
					&& Datelines.readLeadDate(stripped, 0, true) == null
					&& PhotoCredits.find(stripped, this.vocabulary) == null;
		}

		private Shaped shapePhoto(Draft draft, YearResolver years) {
			Block block = draft.caption;
			String markdown = ChineseText.strip(block.text().substring(0, draft.credit.captionEnd()));
			if (draft.picture != null) {
				markdown = ChineseText.strip(draft.picture.text()) + "\n" + markdown;
			}
			// the caption's words, without the picture printed beside them
			String caption = ChineseText.strip(MarkdownImages.strip(markdown));
			int captionStart = ItemLabels.isCaption(caption) ? captionLabelEnd(caption) : 0;
			Datelines.DatePart printed = Datelines.captionDate(caption.substring(captionStart));
			LocalDate date = (printed != null) ? years.resolve(printed, block.line(), this.findings) : null;
			String title = (draft.headline != null) ? draft.headline.headingText()
					: photoTitle(caption.substring(captionStart), printed);
			int line = (draft.headline != null) ? draft.headline.line() : block.line();
			String subtitle = (draft.subtitle != null) ? draft.subtitle.headingText() : draft.dashSubtitle;
			String kicker = (draft.kicker != null) ? draft.kicker.headingText() : null;
			List<FoundPerson> people = findPeople(caption, line);
			return new Shaped(ItemKind.PHOTO, kicker, title, subtitle, null, date,
					(printed != null) ? printed.dayPart() : null, null, null, draft.credit.photographers(), people,
					ChineseText.firstSentence(caption, MAX_SUMMARY), null, markdown, draft.credit.printed(), line);
		}

		/** Where the words of a caption start after {@code 图为} or {@code 上图：}. */
		private static int captionLabelEnd(String caption) {
			int colon = caption.indexOf('：');
			if (colon > 0 && colon <= 4) {
				return colon + 1;
			}
			int at = caption.indexOf("图为");
			return (at >= 0 && at <= 2) ? at + 2 : 0;
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

		/**
		 * Dates the items that print no date of their own: by the issue, else by the
		 * latest date on the page. The clock is never asked: a page with nothing to date
		 * it by is refused, naming the item.
		 */
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
				String where = "第" + item.line + "行：稿件「" + item.title + "」";
				String why = (item.vague != null) ? "只写了「" + item.vague + "」，没有具体日期" : "没有日期";
				if (date == null && issueDate != null) {
					date = issueDate;
					if (item.vague != null) {
						this.findings.add(new Finding(item.line, where + why + "，已按出版日期 " + issueDate + " 标注"));
					}
				}
				else if (date == null && latest != null) {
					date = latest;
					this.findings.add(new Finding(item.line, where + why + "，本版也没有出版日期，已按本版最近的稿件日期 " + latest + " 标注"));
				}
				else if (date == null) {
					date = this.options.today();
					this.findings.add(new Finding(item.line,
							where + why + "，本版也没有出版日期，已按导入日 " + date + " 暂定；" + YearResolver.ADD_ISSUE_DATE));
				}
				items.add(new ParsedItem(items.size(), item.kind, item.kicker, item.title, item.subtitle, item.genre,
						date, dated, item.dayPart, item.source, item.bylines, PeopleFinder.merge(item.people),
						item.summary, item.editorsNote, item.markdown, item.photoCredit, item.line));
			}
			return items;
		}

		/** Each credit once, in the order first printed. */
		private static List<Byline> distinct(List<Byline> bylines) {
			return new ArrayList<>(new LinkedHashSet<>(bylines));
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

		private Block kicker;

		private String dashSubtitle;

		private boolean photo;

		private Block caption;

		private PhotoCredits.Credit credit;

		/** The picture above a photo's caption, in a paragraph of its own. */
		private Block picture;

		Draft(Block headline) {
			this.headline = headline;
		}

		private boolean prose;

		/** Whether the body has started: anything but a byline or label line. */
		boolean hasProse() {
			return this.prose;
		}

		void add(Block block, Vocabulary vocabulary) {
			this.body.add(block);
			this.prose |= block.kind() != BlockKind.PARAGRAPH
					|| (BylineLines.standalone(block.text(), vocabulary) == null
							&& ItemLabels.genre(block.text()) == null && !MarkdownImages.isImageOnly(block.text()));
		}

		/** Takes the last block of the body when it is a paragraph of pictures only. */
		Block lastPicture() {
			if (this.body.isEmpty() || this.body.get(this.body.size() - 1).kind() != BlockKind.PARAGRAPH
					|| !MarkdownImages.isImageOnly(this.body.get(this.body.size() - 1).text())) {
				return null;
			}
			return this.body.remove(this.body.size() - 1);
		}

		void photo(Block caption, PhotoCredits.Credit credit) {
			this.photo = true;
			this.caption = caption;
			this.credit = credit;
		}

	}

	/** An item read, before undated items get their fallback date. */
	private record Shaped(ItemKind kind, String kicker, String title, String subtitle, String genre, LocalDate date,
			String dayPart, String vague, ItemSource source, List<Byline> bylines, List<FoundPerson> people,
			String summary, String editorsNote, String markdown, String photoCredit, int line) {

		Shaped {
			people = new ArrayList<>(people);
		}

	}

}
