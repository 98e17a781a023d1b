package org.newsportal.site;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives every template, error pages and the editors' pages included, the site's links as
 * {@code #links}. A dialect rather than a model attribute, because exception handlers and
 * error pages get no model attributes, and because {@code @WebMvcTest} picks dialects up
 * like the application does.
 */
@Component
class LinksDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "links";

	LinksDialect() {
		super("Site links");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? SiteLinks.INSTANCE : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
