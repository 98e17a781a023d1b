package org.newsportal.admin;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsportal.importer.Attachment;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.BulletinZip;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportMemory;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports one bulletin for a script or another system: {@code POST /api/admin/bulletins}
 * with the file as multipart {@code file} (and the page's PDF or image as
 * {@code attachment}, up to one of each, and the pictures its Markdown names, also as
 * {@code attachment}) or a {@code .zip} holding the bulletin and its pictures, and HTTP
 * Basic for an editor. Answers the import result, or 400 with {@code {"error": "...",
 * "line": N}}.
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
			@RequestParam(name = "attachment", required = false) List<MultipartFile> attachments, Principal editor)
			throws IOException {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()) {
			throw new BadRequest("缺少文件：请以 multipart 字段 file 上传 .md 或 .txt 文件");
		}
		String name = file.getOriginalFilename();
		if (source != null && source.strip().length() > UploadController.MAX_SOURCE_LENGTH) {
			throw new BadRequest("来源名称过长（最多 " + UploadController.MAX_SOURCE_LENGTH + " 个字符）");
		}
		String paper = (source == null || source.isBlank()) ? null : source.strip();
		LocalDate date = date(issueDate);
		long size = file.getSize() + ((attachments != null) ? size(attachments) : 0);
		try (ImportMemory.Reservation reserved = this.memory.reserve(name, size)) {
			if (BulletinZip.isZip(name)) {
				// a page packed with its pictures: one bulletin to a request, as without
				List<BulletinZip.Entry> entries = BulletinZip.read(name, file.getBytes(), this.importer.maxFileSize());
				if (entries.size() != 1) {
					throw new BadRequest("压缩包中有 " + entries.size() + " 份稿件；接口每次导入一份，请分开上传");
				}
				BulletinZip.Entry entry = entries.get(0);
				List<Attachment> all = new ArrayList<>(entry.pageFiles());
				all.addAll(attachments(attachments));
				return this.importer.importBulletin(
						new ImportRequest(entry.name(), entry.content(), date, paper, editor.getName()), all,
						entry.photos());
			}
			return this.importer.importBulletin(new ImportRequest(name, file.getBytes(), date, paper, editor.getName()),
					attachments(attachments));
		}
	}

	@ExceptionHandler
	ResponseEntity<ApiError> busy(ImportMemory.Busy ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "30")
			.body(ApiError.of(ex.getMessage(), 0));
	}

	/**
	 * Attaches a page's PDF or image to a stored bulletin: {@code POST
	 * /api/admin/bulletins/{name}/attachments} with multipart {@code attachment}.
	 * @return the kinds stored ({@code {"attached": ["PDF"]}}), empty when the same files
	 * were there already
	 */
	@PostMapping("/bulletins/{name}/attachments")
	Map<String, List<String>> attach(@PathVariable String name,
			@RequestParam(name = "attachment", required = false) List<MultipartFile> attachments, Principal editor)
			throws IOException {
		if (attachments == null || attachments.isEmpty()) {
			throw new BadRequest("缺少文件：请以 multipart 字段 attachment 上传版面的 PDF 或图片");
		}
		try (ImportMemory.Reservation reserved = this.memory.reserve(name, size(attachments))) {
			List<Attachment> files = attachments(attachments);
			if (files.isEmpty()) {
				throw new BadRequest("缺少文件：请以 multipart 字段 attachment 上传版面的 PDF 或图片");
			}
			return Map.of("attached", this.importer.attach(name, files, editor.getName()));
		}
	}

	private static long size(List<MultipartFile> parts) {
		return parts.stream().mapToLong(MultipartFile::getSize).sum();
	}

	private static List<Attachment> attachments(List<MultipartFile> parts) throws IOException {
		List<Attachment> attachments = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part.getOriginalFilename() != null && !part.getOriginalFilename().isEmpty()) {
					attachments.add(new Attachment(part.getOriginalFilename(), part.getBytes()));
				}
			}
		}
		return attachments;
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
