package org.newsportal.edition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsportal.importer.BulletinImporter;
import org.newsportal.importer.ImportRequest;
import org.newsportal.importer.PageFilesBeside;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The printed-edition fixture: a few pages of two issues of the main edition and one of a
 * weekend edition ({@code src/test/resources/printed}), imported at start-up after the
 * seeds as the seeds folder would import them, with a PDF and images made on the spot
 * lying beside two of them. Their items are dated before the seed's, so the seed's stay
 * the newest.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PrintedFixture {

	public static final LocalDate ISSUE = LocalDate.of(2024, 2, 27);

	public static final LocalDate NEXT_ISSUE = LocalDate.of(2024, 2, 28);

	public static final LocalDate WEEKEND = LocalDate.of(2024, 2, 24);

	public static final String WEEKEND_EDITION = "地方新闻周末版";

	/** Files laid beside the fixture's pages. */
	static final Map<String, byte[]> FILES = Map.of("2024-02-27-01-要闻.pdf", PageFileFixtures.pdf(),
			"2024-02-27-01-要闻.png", PageFileFixtures.png(900, 1350), "jzrb-0227-02.jpg",
			PageFileFixtures.jpeg(900, 1350));

	@Bean
	ApplicationRunner printedFixtureImport(BulletinImporter importer) {
		return new Import(importer);
	}

	static final class Import implements ApplicationRunner, Ordered {

		private final BulletinImporter importer;

		Import(BulletinImporter importer) {
			this.importer = importer;
		}

		@Override
		public int getOrder() {
			// after the seeds (SeedImporter is 10)
			return 20;
		}

		@Override
		public void run(ApplicationArguments args) throws IOException {
			Path folder = Files.createTempDirectory("printed-fixture-");
			List<Path> pages = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:printed/*.md")) {
				Path page = folder.resolve(resource.getFilename());
				try (InputStream in = resource.getInputStream()) {
					Files.copy(in, page);
				}
				pages.add(page);
			}
			for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
				Files.write(folder.resolve(file.getKey()), file.getValue());
			}
			pages.sort(null);
			for (Path page : pages) {
				try {
					this.importer.importBulletin(new ImportRequest(page.getFileName().toString(),
							Files.readAllBytes(page), null, null, "seeds"), PageFilesBeside.of(page));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

	}

}
