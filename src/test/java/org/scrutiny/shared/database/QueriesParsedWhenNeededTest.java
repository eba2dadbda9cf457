package org.scrutiny.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.projection.SpelAwareProxyProjectionFactory;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.data.util.Lazy;

class QueriesParsedWhenNeededTest {

    private static final DeclaredQuery QUERY = DeclaredQuery.jpqlQuery(
            "select r from Recommendation r join r.meeting m where m.date >= :from and r.status = :status");

    @Test
    void a_query_is_read_only_when_a_question_needs_it_once_and_answers_as_spring_datas_own_reading() {
        QueryEnhancerFactory reference = QueryEnhancerSelector.DEFAULT_SELECTOR.select(QUERY);
        QueryEnhancer expected = reference.create(QUERY);
        AtomicInteger readings = new AtomicInteger();
        QueryEnhancer lazy = new QueriesParsedWhenNeeded.ReadWhenNeeded(QUERY, Lazy.of(() -> {
            readings.incrementAndGet();
            return reference.create(QUERY);
        }));

        assertThat(lazy.getQuery().getQueryString())
                .isEqualTo(expected.getQuery().getQueryString());
        assertThat(readings).hasValue(0);

        QueryEnhancer.QueryRewriteInformation byTitle = new QueryEnhancer.QueryRewriteInformation() {
            @Override
            public Sort getSort() {
                return Sort.by("title");
            }

            @Override
            public ReturnedType getReturnedType() {
                return ReturnedType.of(Object.class, Object.class, new SpelAwareProxyProjectionFactory());
            }
        };
        assertThat(lazy.detectAlias()).isEqualTo(expected.detectAlias()).isEqualTo("r");
        assertThat(lazy.createCountQueryFor(null)).isEqualTo(expected.createCountQueryFor(null));
        assertThat(lazy.rewrite(byTitle)).isEqualTo(expected.rewrite(byTitle)).contains("order by r.title");
        assertThat(lazy.getProjection()).isEqualTo(expected.getProjection());
        assertThat(lazy.hasConstructorExpression()).isEqualTo(expected.hasConstructorExpression());
        assertThat(lazy.isSelectQuery()).isTrue();
        assertThat(readings).hasValue(1);
    }

    @Test
    void jpql_is_read_when_needed_and_native_sql_is_left_to_spring_data() {
        QueryEnhancerFactory jpql = new QueriesParsedWhenNeeded.Selector().select(QUERY);
        assertThat(jpql.create(QUERY)).isInstanceOf(QueriesParsedWhenNeeded.ReadWhenNeeded.class);
        assertThat(jpql.supports(QUERY)).isTrue();

        DeclaredQuery sql = DeclaredQuery.nativeQuery("select id from meeting where meeting_date >= ?1");
        assertThat(new QueriesParsedWhenNeeded.Selector().select(sql))
                .isSameAs(QueryEnhancerSelector.DEFAULT_SELECTOR.select(sql));
    }
}
