package org.newsportal.bulletin;

/**
 * Refuses Markdown nested deeper than any newspaper page needs, and paragraphs, articles
 * and bulletins longer than any page prints. The Markdown renderer recurses once per
 * level of nesting, so a page nested thousands of levels deep would exhaust the stack, or
 * take minutes for deep lists, instead of being refused at once. An article is stored as
 * one row holding its Markdown, HTML and plain text; the embedded database writes a row
 * in one piece, so an article of megabytes needs a write buffer of tens of megabytes,
 * which a small heap cannot give (and the database is then lost, not the import).
 */
final class MarkdownLimits {

	/** Levels of {@code >} a line may open; real pages use one or two. */
	static final int MAX_QUOTE_DEPTH = 100;

	/**
	 * Columns of leading white space, which is how lists nest (two to four per level).
	 */
	static final int MAX_INDENT = 400;

	/** A run of one emphasis character ({@code *} or {@code _}). */
	static final int MAX_DELIMITER_RUN = 500;

	/**
	 * Characters of one paragraph (a run of lines without a blank one). A broadsheet page
	 * holds about 10,000 characters, and a paragraph of news is a few hundred; a table of
	 * results printed as one block stays well within this.
	 */
	static final int MAX_PARAGRAPH = 20_000;

	/**
	 * Characters of one article, from its headline to the next: ten full pages of text.
	 * Stored three times (Markdown, HTML, text), that is a row of about a megabyte at
	 * most.
	 */
	static final int MAX_ARTICLE = 100_000;

	/**
	 * Headlines in one bulletin. A printed page holds a few dozen; a whole archive in one
	 * file is imported article by article, and every item costs memory until the page is
	 * stored, so an archive beyond this comes in several files.
	 */
	static final int MAX_ARTICLES = 20_000;

	/**
	 * Characters of one bulletin, about 200 broadsheet pages. A bulletin is stored in one
	 * transaction, and the embedded database writes every row of a transaction again when
	 * it commits, in one buffer: at {@code -Xmx256m} a page of ten million characters ran
	 * the heap out about every other time, five million never did.
	 */
	static final int MAX_TEXT = 5_000_000;

	private MarkdownLimits() {
	}

	static void check(String text) {
		if (text.length() > MAX_TEXT) {
			throw new BulletinFormatException(
					"文字过多（%,d 字，每个文件最多 %,d 字），请把这个文件拆成几个文件导入".formatted(text.length(), MAX_TEXT));
		}
		int line = 1;
		int start = 0;
		int paragraph = 0;
		int paragraphLine = 1;
		int article = 0;
		int articleLine = 1;
		int articles = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			checkLine(text, start, end, line);
			int content = end - skipSpaces(text, start, end);
			if (text.startsWith("# ", start) || (end - start == 1 && text.charAt(start) == '#')) {
				article = 0;
				articleLine = line;
				if (++articles > MAX_ARTICLES) {
					throw new BulletinFormatException("稿件过多（每个文件最多 %,d 篇），请把这个文件拆成几个文件导入".formatted(MAX_ARTICLES),
							line);
				}
			}
			if (content == 0 || text.charAt(start) == '#') {
				// a heading is a block of its own, with a limit of its own
				paragraph = 0;
			}
			else {
				if (paragraph == 0) {
					paragraphLine = line;
				}
				paragraph += content;
				article += content;
			}
			if (paragraph > MAX_PARAGRAPH) {
				throw new BulletinFormatException("段落过长（每段最多 %,d 字），请检查段落之间是否漏了空行".formatted(MAX_PARAGRAPH),
						paragraphLine);
			}
			if (article > MAX_ARTICLE) {
				throw new BulletinFormatException("稿件过长（每篇最多 %,d 字），请检查稿件之间是否漏了「# 标题」".formatted(MAX_ARTICLE),
						articleLine);
			}
			start = end + 1;
			line++;
		}
	}

	private static int skipSpaces(String text, int start, int end) {
		int i = start;
		while (i < end && ChineseText.isSpace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static void checkLine(String text, int start, int end, int line) {
		int indent = 0;
		int quotes = 0;
		int i = start;
		for (; i < end; i++) {
			char c = text.charAt(i);
			if (c == '>') {
				quotes++;
			}
			else if (c == ' ') {
				indent++;
			}
			else if (c == '\t') {
				indent += 4;
			}
			else {
				break;
			}
		}
		if (quotes > MAX_QUOTE_DEPTH) {
			throw new BulletinFormatException("Markdown 引用嵌套过深（" + quotes + " 层，最多 " + MAX_QUOTE_DEPTH + " 层）", line);
		}
		if (indent > MAX_INDENT) {
			throw new BulletinFormatException("行首缩进过深（" + indent + " 列，最多 " + MAX_INDENT + " 列），列表嵌套层次过多", line);
		}
		int run = 0;
		char previous = 0;
		for (; i < end; i++) {
			char c = text.charAt(i);
			run = (c == previous) ? run + 1 : 1;
			previous = c;
			if ((c == '*' || c == '_') && run > MAX_DELIMITER_RUN) {
				throw new BulletinFormatException("连续的「" + c + "」过多（超过 " + MAX_DELIMITER_RUN + " 个），无法排版", line);
			}
		}
	}

}
