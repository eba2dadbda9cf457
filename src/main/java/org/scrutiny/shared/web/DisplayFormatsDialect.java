package org.scrutiny.shared.web;

import java.util.Set;
import org.scrutiny.shared.DisplayFormats;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Makes {@link DisplayFormats} available to every template, web page or PDF, as {@code #format}. */
@Component
class DisplayFormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    DisplayFormatsDialect() {
        super("scrutiny-formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("format");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return DisplayFormats.INSTANCE;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
