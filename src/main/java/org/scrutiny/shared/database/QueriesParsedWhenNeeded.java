package org.scrutiny.shared.database;

import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.util.Lazy;

/**
 * Spring Data reads each repository's JPQL query with a parser of its own when the repository is
 * made, so as to know later how to sort it, count it or find what it selects. Few of the panel's
 * queries ever need that, and reading them all with a parser not yet warmed up cost a few tenths of
 * a second at the end of every start, after everything else (docs/performance.md). Each query is
 * now read by that same parser the first time one of those questions is asked of it.
 * Hibernate still checks every query when its repository is made, so a mistyped query still stops
 * the start.
 */
@Configuration(proxyBeanMethods = false)
class QueriesParsedWhenNeeded {

    @Bean
    static BeanPostProcessor repositoriesParseQueriesWhenNeeded() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repository) {
                    repository.setQueryEnhancerSelectorSource(new Selector());
                }
                return bean;
            }
        };
    }

    /** Spring Data's own choice of parser, with a JPQL query read only when first needed. */
    static final class Selector implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            QueryEnhancerFactory parsing = DEFAULT_SELECTOR.select(query);
            if (query.isNative()) {
                return parsing;
            }
            return new QueryEnhancerFactory() {
                @Override
                public boolean supports(DeclaredQuery declared) {
                    return parsing.supports(declared);
                }

                @Override
                public QueryEnhancer create(QueryProvider provider) {
                    return new ReadWhenNeeded(provider, Lazy.of(() -> parsing.create(provider)));
                }
            };
        }
    }

    /** A query's enhancer that parses the query the first time anything but its text is asked. */
    static final class ReadWhenNeeded implements QueryEnhancer {

        private final QueryProvider query;
        private final Supplier<QueryEnhancer> parsed;

        ReadWhenNeeded(QueryProvider query, Supplier<QueryEnhancer> parsed) {
            this.query = query;
            this.parsed = parsed;
        }

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
