package org.newsportal.release;

import java.io.IOException;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;

import org.newsportal.importer.ImportException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Holding a bulletin from a script: {@code POST /api/admin/held} with multipart
 * {@code file}, {@code releaseAt} ({@code 2024-03-12T05:00} in the paper's time zone, or
 * with an offset) and optionally {@code issueDate} and {@code source}, HTTP Basic as for
 * the import API; {@code GET /api/admin/held} lists what is waiting.
 */
@RestController
class HeldApiController {

	private final HeldImports held;

	private final ZoneId zone;

	HeldApiController(HeldImports held, @Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.held = held;
		this.zone = zone;
	}

	@GetMapping("/api/admin/held")
	List<HeldImport> waiting() {
		return this.held.waiting();
	}

	@PostMapping("/api/admin/held")
	HeldImport hold(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String issueDate, @RequestParam(required = false) String source,
			@RequestParam(required = false) String releaseAt, Principal editor) throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			throw new HeldImportException("缺少文件：请以 multipart 字段 file 上传 .md 或 .txt 文件");
		}
		return this.held.hold(file.getOriginalFilename(), file.getBytes(), ReleaseTimes.issueDate(issueDate),
				ReleaseTimes.source(source), ReleaseTimes.parse(releaseAt, this.zone), editor.getName());
	}

	@ExceptionHandler
	ResponseEntity<Refusal> refused(ImportException ex) {
		return ResponseEntity.badRequest().body(new Refusal(ex.getMessage(), ex.line()));
	}

	@ExceptionHandler
	ResponseEntity<Refusal> refused(HeldImportException ex) {
		return ResponseEntity.badRequest().body(new Refusal(ex.getMessage(), 0));
	}

	/** The shape of the editors' API errors. */
	record Refusal(String error, int line) {

	}

}
