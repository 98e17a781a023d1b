package org.newsportal.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a wrk Lua script that cycles through distinct search queries: words of two to
 * four characters cut from the seed's headlines and paragraphs (fixed random seed), each
 * request with a session cookie so that the page cache is bypassed and every answer is a
 * real search. Arguments: the script to write and how many queries (200).
 */
public final class SearchLoadScript {

	private SearchLoadScript() {
	}

	public static void main(String[] args) throws IOException {
		int count = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		List<String> texts = new ArrayList<>();
		for (String line : Files.readAllLines(SyntheticBulletins.SEED, StandardCharsets.UTF_8)) {
			String text = line.replaceFirst("^#+\\s*", "").replaceAll("[^\\p{IsHan}]+", " ").strip();
			for (String run : text.split(" ")) {
				if (run.length() >= 4) {
					texts.add(run);
				}
			}
		}
		Random random = new Random(7);
		Set<String> queries = new LinkedHashSet<>();
		for (int tries = 0; queries.size() < count && tries < count * 100; tries++) {
			String run = texts.get(random.nextInt(texts.size()));
			int length = 2 + random.nextInt(3);
			int start = random.nextInt(run.length() - length + 1);
			queries.add(run.substring(start, start + length));
		}
		StringBuilder lua = new StringBuilder("-- ").append(queries.size())
			.append(" distinct searches, cycled; the cookie keeps the page cache out of it\npaths = {\n");
		for (String query : queries) {
			lua.append("  \"/search?q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8)).append("\",\n");
		}
		lua.append("""
				}
				counter = 0
				wrk.headers["Cookie"] = "JSESSIONID=bench"
				request = function()
				  counter = counter + 1
				  return wrk.format("GET", paths[(counter % #paths) + 1])
				end
				""");
		Files.writeString(Path.of(args[0]), lua, StandardCharsets.UTF_8);
	}

}
