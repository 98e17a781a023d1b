package org.newsportal.admin;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportMemory;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports one bulletin for a script or another system: {@code POST /api/admin/bulletins}
 * with the file as multipart {@code file} and HTTP Basic for an editor. Answers the
 * import result, or 400 with {@code {"error": "...", "line": N}}.
 */
@RestController
@RequestMapping("/api/admin")
class ImportApiController {

	private final BulletinImporter importer;

	private final ImportMemory memory;

	ImportApiController(BulletinImporter importer, ImportMemory memory) {
		this.importer = importer;
		this.memory = memory;
	}

	@PostMapping("/bulletins")
	ImportResult importBulletin(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String issueDate, @RequestParam(required = false) String source,
			Principal editor) throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) {
			throw new BadRequest("缺少文件：请以 multipart 字段 file 上传 .md 或 .txt 文件");
		}
		String name = file.getOriginalFilename();
		if (source != null && source.strip().length() > UploadController.MAX_SOURCE_LENGTH) {
			throw new BadRequest("来源名称过长（最多 " + UploadController.MAX_SOURCE_LENGTH + " 个字符）");
		}
		String paper = (source == null || source.isBlank()) ? null : source.strip();
		LocalDate date = date(issueDate);
		try (ImportMemory.Reservation reserved = this.memory.reserve(name, file.getSize())) {
			return this.importer
				.importBulletin(new ImportRequest(name, file.getBytes(), date, paper, editor.getName()));
		}
	}

	@ExceptionHandler
	ResponseEntity<ApiError> busy(ImportMemory.Busy ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(ApiError.of(ex.getMessage(), 0));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> refused(ImportException ex) {
		return ResponseEntity.badRequest().body(ApiError.of(ex.getMessage(), ex.line()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badRequest(BadRequest ex) {
		return ResponseEntity.badRequest().body(ApiError.of(ex.getMessage(), 0));
	}

	private static LocalDate date(String issueDate) {
		if (issueDate == null || issueDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(issueDate.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadRequest("出版日期格式不对：" + issueDate + "（应为 2024-03-12 这样的格式）");
		}
	}

	/**
	 * A request that is wrong before the bulletin is even read.
	 */
	static class BadRequest extends RuntimeException {

		BadRequest(String message) {
			super(message);
		}

	}

}
