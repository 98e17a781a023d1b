package org.newsportal.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.newsportal.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Imports every bulletin in the seeds folder at start-up, each with the page's PDF and
 * image lying beside it ({@link PageFilesBeside}). A bulletin already there with the same
 * content is left alone, and found to be so by its hash before it is decoded, parsed or
 * rendered, so a restart costs a hash and a query per seed; one that fails is reported
 * and skipped, and the others still go in.
 */
@Component
@Order(10)
class SeedImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedImporter.class);

	private static final String SEEDS = "seeds";

	private final BulletinImporter importer;

	private final PortalProperties properties;

	SeedImporter(BulletinImporter importer, PortalProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path folder = this.properties.seedsDir();
		if (!this.properties.importSeeds() || !Files.isDirectory(folder)) {
			return;
		}
		for (Path file : BulletinFiles.under(folder)) {
			try {
				String name = file.getFileName().toString();
				ImportRequest request = new ImportRequest(name, Files.readAllBytes(file), null, null, SEEDS);
				List<Attachment> files = PageFilesBeside.of(file);
				if (this.importer.findUnchanged(request, files).isPresent()) {
					continue;
				}
				ImportResult result = this.importer.importBulletin(request, files,
						PhotoFiles.folder(file.toAbsolutePath().getParent()));
				if (result.outcome() != ImportOutcome.UNCHANGED) {
					result.report().repairs().forEach((repair) -> logger.info("{}: {}", result.bulletin(), repair));
					result.report().warnings().forEach((warning) -> logger.warn("{}: {}", result.bulletin(), warning));
				}
			}
			catch (ImportException ex) {
				logger.error("Seed bulletin not imported: {}", ex.describe());
			}
			catch (IOException ex) {
				logger.error("Seed bulletin {} could not be read: {}", file, ex.getMessage());
			}
		}
	}

}
