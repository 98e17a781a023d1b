package org.newsportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class against the PostgreSQL server named by the environment variable
 * {@code PORTAL_TEST_POSTGRES_URL} (a JDBC URL with user and password). Without it the
 * class is skipped, unless {@code PORTAL_TEST_POSTGRES_REQUIRED=true}, as in CI, where a
 * missing server fails the build instead of hiding it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("postgres")
// Each test class keeps its context, and so its pool, until the run ends: at Hikari's ten
// connections a class, the PostgreSQL classes of one run filled the 100 connections a
// default server allows, and another run on the same server was refused
@TestPropertySource(properties = { "spring.datasource.url=${portal.test.postgres.url}", "spring.datasource.username=",
		"spring.datasource.password=", "spring.datasource.hikari.maximum-pool-size=4" })
@ExtendWith(OnPostgres.Condition.class)
public @interface OnPostgres {

	/**
	 * Skips or fails the class when no server is configured.
	 */
	class Condition implements ExecutionCondition {

		/**
		 * Command-line arguments that point an application started outside Spring's test
		 * support at the server.
		 */
		public static List<String> arguments() {
			return List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + System.getProperty("portal.test.postgres.url"),
					"--spring.datasource.username=", "--spring.datasource.password=");
		}

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String url = System.getProperty("portal.test.postgres.url", "");
			if (!url.isBlank() && !url.startsWith("${")) {
				return ConditionEvaluationResult
					.enabled("PostgreSQL at " + url.replaceAll("password=[^&]*", "password=***"));
			}
			if (Boolean.parseBoolean(System.getProperty("portal.test.postgres.required"))) {
				throw new IllegalStateException(
						"PORTAL_TEST_POSTGRES_REQUIRED is set but PORTAL_TEST_POSTGRES_URL is not");
			}
			return ConditionEvaluationResult.disabled("PORTAL_TEST_POSTGRES_URL is not set");
		}

	}

}
