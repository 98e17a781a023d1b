package org.newsportal.caching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.Compression;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Compression of the kept pages, once, when they are kept: the server would otherwise
 * compress the same page again for every reader whose browser asks for gzip, which is
 * every browser. Follows {@code server.compression.*} as the server does: the same types,
 * the same minimum size, the same excluded user agents, and nothing when it is off.
 *
 * @param enabled whether pages are compressed at all
 * @param mimeTypes the types compressed, without parameters, in lower case
 * @param minSize the smallest body compressed, in bytes
 * @param excludedUserAgents agents that are sent the page uncompressed
 */
record PageCompression(boolean enabled, Set<String> mimeTypes, long minSize, List<Pattern> excludedUserAgents) {

	static final PageCompression NONE = new PageCompression(false, Set.of(), Long.MAX_VALUE, List.of());

	static PageCompression of(Compression compression) {
		if (compression == null || !compression.getEnabled()) {
			return NONE;
		}
		Set<String> types = Arrays.stream(compression.getMimeTypes())
			.map((type) -> type.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
		String[] agents = compression.getExcludedUserAgents();
		List<Pattern> excluded = (agents != null) ? Arrays.stream(agents).map(Pattern::compile).toList() : List.of();
		return new PageCompression(true, types, compression.getMinResponseSize().toBytes(), excluded);
	}

	/**
	 * The body gzipped, or {@code null} when this page is not to be compressed.
	 */
	byte[] compress(byte[] body, String contentType) {
		if (!this.enabled || body.length < this.minSize || !isCompressible(contentType)) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private boolean isCompressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return this.mimeTypes.contains((type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * Whether the client takes gzip: named in {@code Accept-Encoding} with a weight above
	 * zero, by an agent not excluded.
	 */
	boolean isAccepted(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		if (!this.enabled || accepted == null || !acceptsGzip(accepted)) {
			return false;
		}
		String agent = request.getHeader(HttpHeaders.USER_AGENT);
		return agent == null
				|| this.excludedUserAgents.stream().noneMatch((excluded) -> excluded.matcher(agent).matches());
	}

	static boolean acceptsGzip(String accepted) {
		for (String coding : accepted.split(",")) {
			String[] parts = coding.split(";");
			if (!parts[0].trim().equalsIgnoreCase("gzip")) {
				continue;
			}
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].trim();
				if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
					try {
						return Double.parseDouble(parameter.substring(2).trim()) > 0;
					}
					catch (NumberFormatException ex) {
						return false;
					}
				}
			}
			return true;
		}
		return false;
	}

}
