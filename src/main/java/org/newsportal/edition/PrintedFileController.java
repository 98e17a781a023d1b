package org.newsportal.edition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsportal.PortalProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Serves a page's PDF ({@code /printed/2024-03-12/02.pdf}), image ({@code 02.jpg},
 * {@code 02.png}) and thumbnail ({@code 02.thumb.jpg}), with the type it was checked to
 * be, its length, a strong ETag from its SHA-256 and a {@code Content-Disposition} naming
 * it after the paper, date and page. A PDF is always a download: it is never shown inside
 * the site.
 * <p>
 * The addresses the pages link carry {@code ?v=} with the start of the file's hash, so
 * they change with the file and may be cached for a year; any other address is
 * revalidated like a page. The bytes are written a chunk at a time; the page cache and
 * the body-hashing ETag filter leave {@code /printed/} alone, as they would otherwise
 * hold the whole file in memory.
 */
@Controller
class PrintedFileController {

	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	static final CacheControl REVALIDATE = CacheControl.maxAge(Duration.ZERO)
		.sMaxAge(Duration.ofMinutes(1))
		.cachePublic();

	private final PrintedPageRepository pages;

	private final PageFiles files;

	private final PortalProperties properties;

	PrintedFileController(PrintedPageRepository pages, PageFiles files, PortalProperties properties) {
		this.pages = pages;
		this.files = files;
		this.properties = properties;
	}

	@GetMapping("/printed/{date}/{file}")
	void file(@PathVariable String date, @PathVariable String file,
			@RequestParam(defaultValue = Placement.MAIN_EDITION) String edition,
			@RequestParam(name = "v", required = false) String version, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ShallowEtagHeaderFilter.disableContentCaching(request);
		LocalDate day = IssueController.date(date);
		int dot = file.indexOf('.');
		if (dot < 1) {
			throw IssueController.notFound();
		}
		String code = file.substring(0, dot);
		String extension = file.substring(dot + 1);
		PageLabel label = PageLabel.parse(code)
			.filter((parsed) -> parsed.code().equals(code))
			.orElseThrow(IssueController::notFound);
		PrintedPage page = this.pages.findPage(edition, day, label.section(), label.number())
			.orElseThrow(IssueController::notFound);
		boolean thumbnail = extension.equals("thumb.jpg");
		StoredPageFile stored = find(page.getBulletinId(), extension).orElseThrow(IssueController::notFound);
		String etag = "\"" + stored.sha256() + (thumbnail ? "-thumb" : "") + "\"";
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				(stored.version().equals(version) ? FOREVER : REVALIDATE).getHeaderValue());
		response.setHeader(HttpHeaders.ETAG, etag);
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		String name = fileName(page, label) + (thumbnail ? "-缩略图.jpg" : "." + stored.extension());
		ContentDisposition disposition = (stored.kind() == PageFileKind.PDF && !thumbnail)
				? ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build()
				: ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
		if (thumbnail) {
			byte[] bytes = this.files.thumbnail(stored.id()).orElseThrow(IssueController::notFound);
			response.setContentType("image/jpeg");
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
			return;
		}
		response.setContentType(stored.mediaType());
		response.setContentLengthLong(stored.size());
		if (!"HEAD".equals(request.getMethod())) {
			this.files.write(stored, response.getOutputStream());
		}
	}

	/**
	 * The file an extension asks for; a thumbnail is the image's, else the PDF's.
	 */
	private Optional<StoredPageFile> find(long bulletinId, String extension) {
		return switch (extension) {
			case "pdf" -> this.files.find(bulletinId, PageFileKind.PDF);
			case "jpg", "png" ->
				this.files.find(bulletinId, PageFileKind.IMAGE).filter((file) -> file.extension().equals(extension));
			case "thumb.jpg" -> this.files.findAll(bulletinId)
				.stream()
				.filter(StoredPageFile::hasThumbnail)
				.min((a, b) -> Boolean.compare(a.kind() != PageFileKind.IMAGE, b.kind() != PageFileKind.IMAGE));
			default -> Optional.empty();
		};
	}

	/** {@code 焦作日报-2024-03-12-第02版}. */
	private String fileName(PrintedPage page, PageLabel label) {
		String paper = page.getEdition().isEmpty() ? this.properties.siteName() : page.getEdition();
		return paper + "-" + page.getIssueDate() + "-" + label.printed();
	}

}
