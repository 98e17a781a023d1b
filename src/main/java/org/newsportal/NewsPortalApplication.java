package org.newsportal;

import java.io.IOException;
import java.util.Map;

import org.newsportal.security.PasswordHash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsPortalApplication {

	public static void main(String[] args) throws IOException {
		if (args.length == 1 && args[0].equals(PasswordHash.OPTION)) {
			System.exit(PasswordHash.run());
		}
		SpringApplication application = new SpringApplication(NewsPortalApplication.class);
		boolean importCommand = isImportCommand(args);
		if (importCommand) {
			// An import from the command line runs beside the site: no web server of its
			// own, no seeds, and no search index, whose lock the site holds; the site's
			// index synchronisation picks the new items up from the database. Without a
			// web server it does not watch portal.import.watch-dir either (see
			// importer.WatchFolderConfiguration).
			application.setWebApplicationType(WebApplicationType.NONE);
			// The ahead-of-time bean definitions in the jar are the site's (web server,
			// search); the command line needs the ones its conditions choose at run time.
			System.setProperty("spring.aot.enabled", "false");
			application.setDefaultProperties(Map.of("portal.import-seeds", "false", "portal.search.enabled", "false",
					"spring.main.banner-mode", "off", "logging.level.root", "warn"));
		}
		ConfigurableApplicationContext context = application.run(args);
		if (importCommand) {
			System.exit(SpringApplication.exit(context));
		}
	}

	private static boolean isImportCommand(String... args) {
		for (String arg : args) {
			if (arg.equals("--import") || arg.startsWith("--import=")
			// --create-admin (account.CreateAdminCommand) runs beside the site likewise
					|| arg.equals("--create-admin") || arg.startsWith("--create-admin=")) {
				return true;
			}
		}
		return false;
	}

}
