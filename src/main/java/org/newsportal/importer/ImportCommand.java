package org.newsportal.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --import=PATH...}: imports bulletin files and folders from the command line,
 * each with the page's PDF and image lying beside it under the same base name
 * ({@link PageFilesBeside}), prints a summary and exits, non-zero when anything failed.
 * The application starts without its web server for this (see
 * {@code NewsPortalApplication}), so it can run beside the site on the same database.
 */
@Component
@Order(0)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger logger = LoggerFactory.getLogger(ImportCommand.class);

	static final String OPTION = "import";

	private final BulletinImporter importer;

	private final PrintStream out;

	private int exitCode;

	private final Map<Path, PageFilesBeside.Folder> folders = new HashMap<>();

	@Autowired
	ImportCommand(BulletinImporter importer) {
		this(importer, new PrintStream(System.out, true, StandardCharsets.UTF_8));
	}

	ImportCommand(BulletinImporter importer, PrintStream out) {
		this.importer = importer;
		this.out = out;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		List<String> paths = new ArrayList<>(args.getOptionValues(OPTION));
		paths.addAll(args.getNonOptionArgs());
		paths.removeIf(String::isBlank);
		if (paths.isEmpty()) {
			this.out.println("用法：--import=文件或文件夹 [更多文件或文件夹 ...]");
			this.exitCode = 2;
			return;
		}
		this.exitCode = importAll(paths);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	private int importAll(List<String> paths) {
		List<Path> files = new ArrayList<>();
		int missing = 0;
		for (String path : paths) {
			Path start = Path.of(path);
			if (Files.isDirectory(start)) {
				// a folder named on the command line is the operator's choice, even
				// through a link; the links inside it are not followed
				files.addAll(BulletinFiles.under(realPath(start)));
			}
			else if (BulletinFiles.isLink(start)) {
				files.add(start);
			}
			else if (Files.isRegularFile(start)) {
				files.add(start);
			}
			else {
				this.out.println("✘ " + path + "：文件或文件夹不存在");
				missing++;
			}
		}
		Tally tally = new Tally();
		try (ProgressBar progress = new ProgressBarBuilder().setTaskName("导入")
			.setStyle(ProgressBarStyle.ASCII)
			.setInitialMax(0)
			.setConsumer(new ConsoleProgressBarConsumer(System.err))
			.continuousUpdate()
			.build()) {
			for (Path file : files) {
				if (BulletinZip.isZip(file.getFileName().toString()) && !BulletinFiles.isLink(file)) {
					importZip(file, progress).forEach(tally::add);
				}
				else {
					tally.add(importOne(file, progress));
				}
			}
		}
		this.out.printf("导入完成：新增 %d，替换 %d，未变 %d，失败 %d，共 %d 条%n", tally.created, tally.replaced, tally.unchanged,
				tally.failed + missing, tally.items);
		return (tally.failed + missing > 0) ? 1 : 0;
	}

	private static Path realPath(Path folder) {
		try {
			return folder.toRealPath();
		}
		catch (IOException ex) {
			return folder;
		}
	}

	private List<ImportResult> importZip(Path file, ProgressBar progress) {
		String name = file.getFileName().toString();
		List<ImportResult> results = new ArrayList<>();
		List<BulletinZip.Entry> entries;
		try {
			if (Files.size(file) > this.importer.maxFileSize()) {
				throw new ImportException(name,
						"文件过大：%,d 字节，上限为 %,d 字节".formatted(Files.size(file), this.importer.maxFileSize()), 0);
			}
			entries = BulletinZip.read(name, BulletinFiles.read(file), this.importer.maxFileSize());
		}
		catch (ImportException ex) {
			this.out.println("✘ " + ex.describe());
			results.add(null);
			return results;
		}
		catch (IOException ex) {
			this.out.println("✘ " + name + "：无法读取文件（" + ex.getMessage() + "）");
			results.add(null);
			return results;
		}
		for (BulletinZip.Entry entry : entries) {
			results.add(attempt(entry.name(),
					() -> store(entry.name(),
							this.importer.prepare(new ImportRequest(entry.name(), entry.content(), null, null, "cli"),
									entry.pageFiles(), entry.photos()),
							progress)));
		}
		return results;
	}

	private ImportResult importOne(Path file, ProgressBar progress) {
		String name = file.getFileName().toString();
		if (BulletinFiles.isLink(file)) {
			this.out.println("✘ " + file + "：" + BulletinFiles.LINK_REFUSED);
			return null;
		}
		Path folder = file.toAbsolutePath().getParent();
		return attempt(name, () -> {
			ImportRequest request = new ImportRequest(name, BulletinFiles.read(file), null, null, "cli");
			List<Attachment> pageFiles = pageFiles(folder).of(file);
			// running again over a whole archive: what is stored already costs a hash
			Optional<ImportResult> unchanged = this.importer.findUnchanged(request, pageFiles);
			if (unchanged.isPresent()) {
				progress.maxHint(Math.max(progress.getMax(), 0) + unchanged.get().report().items());
				progress.stepBy(unchanged.get().report().items());
				return unchanged.get();
			}
			return store(name, this.importer.prepare(request, pageFiles, PhotoFiles.folder(folder)), progress);
		});
	}

	/** Each folder's page files, listed when its first bulletin is imported. */
	private PageFilesBeside.Folder pageFiles(Path folder) throws IOException {
		PageFilesBeside.Folder listed = this.folders.get(folder);
		if (listed == null) {
			listed = PageFilesBeside.Folder.list(folder);
			this.folders.put(folder, listed);
		}
		return listed;
	}

	@FunctionalInterface
	private interface Attempt {

		ImportResult run() throws IOException;

	}

	private ImportResult store(String name, PreparedBulletin preparedBulletin, ProgressBar progress) {
		try (PreparedBulletin prepared = preparedBulletin) {
			progress.maxHint(Math.max(progress.getMax(), 0) + prepared.items().size());
			progress.setExtraMessage(name);
			ImportResult result = this.importer.store(prepared, progress::step);
			if (result.outcome() == ImportOutcome.UNCHANGED) {
				progress.stepBy(prepared.items().size());
			}
			return result;
		}
	}

	/** Imports one bulletin and says how it went; null when it failed. */
	private ImportResult attempt(String name, Attempt attempt) {
		try {
			ImportResult result = attempt.run();
			this.out.printf("✔ %s：%s，%s%s%n", name, describe(result.outcome()), result.report().summary(),
					attached(result));
			return result;
		}
		catch (ImportException ex) {
			this.out.println("✘ " + ex.describe());
		}
		catch (IOException ex) {
			this.out.println("✘ " + name + "：无法读取文件（" + ex.getMessage() + "）");
		}
		catch (RuntimeException ex) {
			// Not the file's fault as far as anyone can tell (the database refused or is
			// gone): a plain message here, the details in the log
			this.out.println("✘ " + name + "：保存时出错，这个文件没有导入（其他文件不受影响）；原因见日志");
			logger.error("Import of {} failed: {}", name, causes(ex));
			logger.debug("Import of {} failed", name, ex);
		}
		return null;
	}

	/**
	 * Each cause's type and the first line of its message, cut short: a database error's
	 * message can carry the whole SQL statement.
	 */
	static String causes(Throwable ex) {
		StringBuilder causes = new StringBuilder();
		for (Throwable cause = ex; cause != null
				&& causes.length() < 1000; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
			if (message.length() > 200) {
				message = message.substring(0, 200) + "…";
			}
			causes.append((causes.length() > 0) ? " ← " : "")
				.append(cause.getClass().getSimpleName())
				.append(": ")
				.append(message);
		}
		return causes.toString();
	}

	/** {@code ，附版面 PDF、图片} when the page's files were stored. */
	private static String attached(ImportResult result) {
		if (result.attached().isEmpty()) {
			return "";
		}
		return "，附" + String.join("、",
				result.attached().stream().map((kind) -> kind.equals("PDF") ? "版面 PDF" : "版面图片").toList());
	}

	private static String describe(ImportOutcome outcome) {
		return switch (outcome) {
			case CREATED -> "已导入";
			case REPLACED -> "已替换";
			case UNCHANGED -> "内容未变";
		};
	}

	private static final class Tally {

		private int created;

		private int replaced;

		private int unchanged;

		private int failed;

		private int items;

		void add(ImportResult result) {
			if (result == null) {
				this.failed++;
				return;
			}
			this.items += result.report().items();
			switch (result.outcome()) {
				case CREATED -> this.created++;
				case REPLACED -> this.replaced++;
				case UNCHANGED -> this.unchanged++;
			}
		}

	}

}
