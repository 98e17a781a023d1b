package org.newsportal.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where the programs it drives are installed. Elsewhere the class
 * is skipped with a message saying what to install, except on CI ({@code CI=true}), where
 * a missing program fails the build instead of quietly skipping the browser tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(NeedsTools.Condition.class)
public @interface NeedsTools {

	/** Chromium and ChromeDriver. */
	boolean browser() default true;

	/** The Nu HTML Checker. */
	boolean vnu() default false;

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			NeedsTools needs = context.getRequiredTestClass().getAnnotation(NeedsTools.class);
			if (needs == null) {
				return ConditionEvaluationResult.enabled("no tools needed");
			}
			Stream<Tools.Tool> browser = needs.browser() ? Stream.of(Tools.CHROMIUM, Tools.CHROMEDRIVER) : Stream.of();
			Stream<Tools.Tool> vnu = needs.vnu() ? Stream.of(Tools.VNU) : Stream.of();
			List<String> missing = Stream.concat(browser, vnu)
				.filter((tool) -> !tool.present())
				.map(Tools.Tool::missing)
				.toList();
			if (missing.isEmpty()) {
				return ConditionEvaluationResult.enabled("tools installed");
			}
			if (Tools.required()) {
				throw new IllegalStateException("CI=true but " + String.join("; ", missing));
			}
			return ConditionEvaluationResult.disabled(String.join("; ", missing));
		}

	}

}
