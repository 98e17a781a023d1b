package org.newsportal.bulletin;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder until the real parser lands: headlines and bodies only.
 */
public final class BulletinParser {

	public ParsedBulletin parse(String text, ParseOptions options) {
		List<ParsedItem> items = new ArrayList<>();
		String title = null;
		StringBuilder body = new StringBuilder();
		int line = 0;
		int start = 0;
		for (String raw : (text + "\n# ").split("\n")) {
			line++;
			if (raw.startsWith("# ")) {
				if (title != null) {
					String md = body.toString().strip();
					items.add(new ParsedItem(items.size(), ItemKind.ARTICLE, title, null,
							options.issueDate() != null ? options.issueDate() : options.today(), false, null, List.of(),
							List.of(), md.split("。")[0] + "。", md, null, start));
				}
				title = raw.substring(2).strip();
				start = line;
				body.setLength(0);
			}
			else {
				body.append(raw).append('\n');
			}
		}
		if (items.isEmpty()) {
			throw new BulletinFormatException("没有找到标题");
		}
		return new ParsedBulletin(FrontMatter.NONE, options.issueDate(), items, List.of(), List.of());
	}

}
