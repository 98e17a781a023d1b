package org.newsportal.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.newsportal.NotFoundException;
import org.newsportal.edition.PageFileReader;
import org.newsportal.correction.Corrections;
import org.newsportal.correction.EditedArticle;
import org.newsportal.correction.ReimportChoice;
import org.newsportal.importer.Attachment;
import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.BulletinZip;
import org.newsportal.importer.ImportException;
import org.newsportal.importer.ImportMemory;
import org.newsportal.importer.ImportOutcome;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.ImportResult;
import org.newsportal.importer.PageFilesBeside;
import org.newsportal.importer.PhotoFiles;
import org.newsportal.photo.PhotoFormat;
import org.newsportal.photo.Rendition;
import org.newsportal.importer.PreparedBulletin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload, preview, publish: an editor uploads bulletin files, sees what the importer made
 * of each one (nothing is stored yet), then publishes all good files at once or cancels.
 */
@Controller
@RequestMapping("/admin/upload")
class UploadController {

	private static final Logger logger = LoggerFactory.getLogger(UploadController.class);

	static final int MAX_FILES = 20;

	/** The width of the bulletin's source column. */
	static final int MAX_SOURCE_LENGTH = 255;

	private final BulletinImporter importer;

	private final BulletinHistory history;

	private final Previews previews;

	private final ImportMemory memory;

	private final MessageSource messages;

	private final String maxFileSize;

	private final Corrections corrections;

	UploadController(BulletinImporter importer, BulletinHistory history, Previews previews, ImportMemory memory,
			MessageSource messages, @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
			Corrections corrections) {
		this.corrections = corrections;
		this.maxFileSize = maxFileSize;
		this.memory = memory;
		this.importer = importer;
		this.history = history;
		this.previews = previews;
		this.messages = messages;
	}

	@ModelAttribute
	void limits(Model model) {
		model.addAttribute("maxFileSize", this.maxFileSize);
		model.addAttribute("maxFiles", MAX_FILES);
	}

	@GetMapping
	String form() {
		return "admin/upload";
	}

	@PostMapping
	String preview(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String issueDate, @RequestParam(required = false) String source,
			Principal editor, HttpSession session, Model model) {
		List<MultipartFile> chosen = (files != null) ? files.stream().filter(UploadController::wasChosen).toList()
				: List.of();
		String problem = formProblem(chosen, issueDate, source);
		if (problem != null) {
			model.addAttribute("problem", problem);
			model.addAttribute("issueDate", issueDate);
			model.addAttribute("source", source);
			return "admin/upload";
		}
		LocalDate date = (issueDate == null || issueDate.isBlank()) ? null : LocalDate.parse(issueDate.strip());
		String paper = (source == null || source.isBlank()) ? null : source.strip();
		List<PreviewFile> checked = new ArrayList<>();
		Set<String> names = new HashSet<>();
		long weight = 0;
		long photoBytes = 0;
		// A page's PDF and image go with the bulletin of the same base name
		List<MultipartFile> pageFiles = chosen.stream()
			.filter((file) -> PageFileReader.hasPageFileExtension(file.getOriginalFilename()))
			.toList();
		Set<MultipartFile> paired = new HashSet<>();
		for (MultipartFile file : chosen) {
			String name = file.getOriginalFilename();
			if (pageFiles.contains(file)) {
				continue;
			}
			if (!names.add(name)) {
				checked.add(PreviewFile.refused(name, message("admin.upload.duplicate"), 0));
				continue;
			}
			List<MultipartFile> beside = pageFiles.stream()
				.filter((pageFile) -> sameBase(pageFile.getOriginalFilename(), name))
				.toList();
			paired.addAll(beside);
			for (PreviewFile result : BulletinZip.isZip(name) ? checkZip(file, name, date, paper, editor.getName())
					: List.of(check(file, beside, pageFiles, name, date, paper, editor.getName()))) {
				if (result.isReady() && weight + result.prepared().weight() > this.previews.budget()) {
					// dropped here, before it joins the others in memory until publishing
					result.prepared().close();
					result = PreviewFile.refused(result.name(),
							message("admin.upload.preview-full", this.previews.budget() / 4 / 10_000), 0);
				}
				else if (result.isReady()
						&& photoBytes + result.prepared().photoBytes() > this.previews.photoBudget()) {
					result.prepared().close();
					result = PreviewFile.refused(result.name(),
							message("admin.upload.preview-photos-full", this.previews.photoBudget() / 1024 / 1024), 0);
				}
				weight += result.isReady() ? result.prepared().weight() : 0;
				photoBytes += result.isReady() ? result.prepared().photoBytes() : 0;
				if (result.isReady()) {
					// pictures its Markdown shows went with it
					result.prepared()
						.photos()
						.forEach((photo) -> pageFiles.stream()
							.filter((pageFile) -> pageFile.getOriginalFilename().equals(photo.name()))
							.forEach(paired::add));
				}
				checked.add(result);
			}
		}
		for (MultipartFile file : pageFiles) {
			if (!paired.contains(file)) {
				checked.add(PreviewFile.refused(file.getOriginalFilename(), message("admin.upload.unpaired"), 0));
			}
		}
		Preview preview = this.previews.add(session, checked);
		return "redirect:/admin/upload/" + preview.token();
	}

	@GetMapping("/{token}")
	String show(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<Preview> preview = this.previews.find(session, token);
		if (preview.isEmpty()) {
			Flash.problem(redirect, message("admin.upload.expired"));
			return "redirect:/admin/upload";
		}
		model.addAttribute("preview", preview.get());
		// Articles an editor changed that publishing would replace: the editor chooses
		Map<String, List<EditedArticle>> edited = new LinkedHashMap<>();
		for (PreviewFile file : preview.get().files()) {
			if (file.isReady() && file.replaces()) {
				List<EditedArticle> changed = this.corrections.editedArticles(file.name());
				if (!changed.isEmpty()) {
					edited.put(file.name(), changed);
				}
			}
		}
		model.addAttribute("edited", edited);
		return "admin/preview";
	}

	/**
	 * A picture of a preview, from memory: the editor sees it before anything is stored.
	 */
	@GetMapping("/{token}/photos/{sha256}.jpg")
	ResponseEntity<byte[]> photo(@PathVariable String token, @PathVariable String sha256, HttpSession session) {
		return this.previews.find(session, token)
			.stream()
			.flatMap((preview) -> preview.ready().stream())
			.flatMap((prepared) -> prepared.photos().stream())
			.filter((photo) -> photo.sha256().equals(sha256))
			.flatMap((photo) -> photo.renditions().stream().filter((r) -> r.format() == PhotoFormat.JPEG).limit(1))
			.findFirst()
			.flatMap(UploadController::spooled)
			.map((data) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.noStore())
				.body(data))
			.orElseThrow(() -> new NotFoundException("No picture " + sha256 + " in preview " + token));
	}

	/** Empty when the preview was dropped, and its spool file with it, meanwhile. */
	private static Optional<byte[]> spooled(Rendition rendition) {
		try {
			return Optional.of(rendition.data());
		}
		catch (UncheckedIOException ex) {
			return Optional.empty();
		}
	}

	@PostMapping("/{token}/publish")
	String publish(@PathVariable String token, @RequestParam(defaultValue = "KEEP_EDITS") ReimportChoice edits,
			HttpSession session, RedirectAttributes redirect) {
		Optional<Preview> preview = this.previews.take(session, token);
		if (preview.isEmpty()) {
			Flash.problem(redirect, message("admin.upload.expired"));
			return "redirect:/admin/upload";
		}
		List<PreparedBulletin> ready = preview.get().ready();
		if (ready.isEmpty()) {
			Flash.problem(redirect, message("admin.upload.nothing-to-publish"));
			return "redirect:/admin/upload";
		}
		try {
			List<ImportResult> results = edits.during(() -> this.importer.storeAll(ready));
			Flash.notice(redirect,
					message("admin.upload.published", results.size(), count(results, ImportOutcome.CREATED),
							count(results, ImportOutcome.REPLACED), count(results, ImportOutcome.UNCHANGED)),
					results.stream().map((result) -> result.bulletin() + "：" + result.report().summary()).toList());
			return "redirect:/admin";
		}
		catch (ImportException ex) {
			Flash.problem(redirect, message("admin.upload.failed", ex.describe()));
		}
		catch (DataAccessException ex) {
			logger.error("Publishing {} bulletins failed", ready.size(), ex);
			Flash.problem(redirect, message("admin.upload.failed", message("admin.upload.database")));
		}
		finally {
			// taken from the previews: published or not, it is done with
			preview.get().close();
		}
		return "redirect:/admin/upload";
	}

	@PostMapping("/{token}/cancel")
	String cancel(@PathVariable String token, HttpSession session, RedirectAttributes redirect) {
		this.previews.take(session, token).ifPresent(Preview::close);
		Flash.notice(redirect, message("admin.upload.cancelled"));
		return "redirect:/admin/upload";
	}

	/**
	 * Checks a bulletin with the page's files of its base name; the pictures its Markdown
	 * names are taken from the other images uploaded with it.
	 */
	private PreviewFile check(MultipartFile file, List<MultipartFile> beside, List<MultipartFile> images, String name,
			LocalDate issueDate, String source, String editor) {
		long size = file.getSize() + beside.stream().mapToLong(MultipartFile::getSize).sum();
		try (ImportMemory.Reservation reserved = this.memory.reserve(name, size)) {
			List<Attachment> attachments = new ArrayList<>();
			for (MultipartFile pageFile : beside) {
				attachments.add(new Attachment(pageFile.getOriginalFilename(), pageFile.getBytes()));
			}
			PhotoFiles photos = (picture) -> {
				for (MultipartFile image : images) {
					if (image.getOriginalFilename().equals(picture) && !beside.contains(image)) {
						return image.getBytes();
					}
				}
				return null;
			};
			PreparedBulletin prepared = this.importer
				.prepare(new ImportRequest(name, file.getBytes(), issueDate, source, editor), attachments, photos);
			return PreviewFile.ready(prepared, this.history.existsByName(name));
		}
		catch (ImportException ex) {
			return PreviewFile.refused(ex);
		}
		catch (IOException ex) {
			return PreviewFile.refused(name, message("admin.upload.unreadable"), 0);
		}
	}

	/**
	 * Each bulletin of a {@code .zip}, with the pictures and page files packed beside it.
	 */
	private List<PreviewFile> checkZip(MultipartFile file, String name, LocalDate issueDate, String source,
			String editor) {
		try (ImportMemory.Reservation reserved = this.memory.reserve(name, file.getSize())) {
			List<PreviewFile> results = new ArrayList<>();
			for (BulletinZip.Entry entry : BulletinZip.read(name, file.getBytes(), this.importer.maxFileSize())) {
				try {
					PreparedBulletin prepared = this.importer.prepare(
							new ImportRequest(entry.name(), entry.content(), issueDate, source, editor),
							entry.pageFiles(), entry.photos());
					results.add(PreviewFile.ready(prepared, this.history.existsByName(entry.name())));
				}
				catch (ImportException ex) {
					results.add(PreviewFile.refused(ex));
				}
			}
			return results;
		}
		catch (ImportException ex) {
			return List.of(PreviewFile.refused(ex));
		}
		catch (IOException ex) {
			return List.of(PreviewFile.refused(name, message("admin.upload.unreadable"), 0));
		}
	}

	private String formProblem(List<MultipartFile> files, String issueDate, String source) {
		if (files.isEmpty()) {
			return message("admin.upload.no-files");
		}
		if (files.size() > MAX_FILES) {
			return message("admin.upload.too-many", MAX_FILES);
		}
		if (issueDate != null && !issueDate.isBlank()) {
			try {
				LocalDate.parse(issueDate.strip());
			}
			catch (DateTimeParseException ex) {
				return message("admin.upload.bad-date", issueDate);
			}
		}
		if (source != null && source.strip().length() > MAX_SOURCE_LENGTH) {
			return message("admin.upload.source-too-long", MAX_SOURCE_LENGTH);
		}
		return null;
	}

	private static boolean sameBase(String one, String other) {
		return PageFilesBeside.baseName(one).equalsIgnoreCase(PageFilesBeside.baseName(other));
	}

	/**
	 * A form whose file field was left empty still sends one part, without a name.
	 */
	private static boolean wasChosen(MultipartFile file) {
		return file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty();
	}

	private static long count(List<ImportResult> results, ImportOutcome outcome) {
		return results.stream().filter((result) -> result.outcome() == outcome).count();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
