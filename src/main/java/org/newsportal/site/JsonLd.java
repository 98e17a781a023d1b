package org.newsportal.site;

import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data for a {@code <script type="application/ld+json">} block. The JSON is
 * written unescaped into the page, so every {@code <}, {@code >} and {@code &} becomes a
 * JSON escape: a headline containing {@code </script>} cannot end the block, and the JSON
 * reads the same to a parser. These characters only occur inside strings, where the
 * escape means the same character.
 */
public final class JsonLd {

	private final JsonMapper json;

	public JsonLd(JsonMapper json) {
		this.json = json;
	}

	public String write(Object value) {
		return this.json.writeValueAsString(value)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
