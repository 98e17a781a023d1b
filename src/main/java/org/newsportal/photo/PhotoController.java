package org.newsportal.photo;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsportal.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serves a photo's renditions at {@code /photos/<sha256>-<width>.jpg} (or {@code .webp}).
 * The address names the content, so it never changes meaning and is cached for a year
 * ({@code immutable}); a strong ETag answers revalidation all the same. The page cache
 * and the body-hashing ETag filter leave {@code /photos/} alone: the response is already
 * its own validator and would only fill the page cache.
 */
@Controller
class PhotoController {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final Pattern FILE = Pattern.compile("([0-9a-f]{64})-(\\d{1,5})\\.(jpg|webp)");

	/** A crop for search engines: {@code <sha256>-16x9.jpg}. */
	private static final Pattern CROP = Pattern.compile("([0-9a-f]{64})-(16x9|4x3|1x1)\\.jpg");

	private final PhotoStore photos;

	PhotoController(PhotoStore photos) {
		this.photos = photos;
	}

	@GetMapping("/photos/{file}")
	void photo(@PathVariable String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		Matcher matcher = FILE.matcher(file);
		Matcher crop = CROP.matcher(file);
		PhotoFormat format;
		byte[] bytes;
		if (matcher.matches()) {
			format = PhotoFormat.ofExtension(matcher.group(3));
			bytes = this.photos.rendition(matcher.group(1), format, Integer.parseInt(matcher.group(2)))
				.orElseThrow(() -> new NotFoundException("No photo " + file));
		}
		else if (crop.matches()) {
			format = PhotoFormat.JPEG;
			bytes = this.photos.crop(crop.group(1), PhotoCrop.ofCode(crop.group(2)))
				.orElseThrow(() -> new NotFoundException("No photo " + file));
		}
		else {
			throw new NotFoundException("No photo " + file);
		}
		// the address names the content: it is its own validator
		String etag = "\"" + file.replace('.', '-') + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL, FOREVER.getHeaderValue());
		response.setHeader(HttpHeaders.ETAG, etag);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setContentType(format.mediaType());
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

}
