package org.newsportal.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the multipart limits fails before any controller is chosen, so only a
 * global handler sees it. Without this the editor would get a bare error page.
 */
@ControllerAdvice
class UploadLimit {

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@ExceptionHandler
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String message = "文件过大：每个文件最多 %s，一次上传合计最多 %s".formatted(describe(this.maxFileSize),
				describe(this.maxRequestSize));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.badRequest().body(ApiError.of(message, 0));
		}
		RequestContextUtils.getOutputFlashMap(request).put("problem", message);
		return "redirect:/admin/upload";
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + "MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + "KB";
		}
		return bytes + " 字节";
	}

}
