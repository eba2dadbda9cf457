package org.scrutiny.costs.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a year's grant paid for up to a day: the allocation, the costs by category, each member's
 * allowances and expenses, and the claim (what was spent, what may still be claimed, and what is
 * over the allocation, which the grant does not meet).
 */
public record CostReport(
        CostYear year,
        LocalDate from,
        LocalDate to,
        List<CategoryTotal> categories,
        List<MemberTotal> members,
        List<CostEntry> entries) {

    public record CategoryTotal(CostCategory category, BigDecimal amount) {}

    public record MemberTotal(Long personId, String name, BigDecimal allowances, BigDecimal expenses) {

        public BigDecimal total() {
            return allowances.add(expenses);
        }
    }

    public BigDecimal allocation() {
        return year.allocation();
    }

    public BigDecimal spent() {
        return categories.stream().map(CategoryTotal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What may still be claimed: the allocation less what was spent, never below nothing. */
    public BigDecimal claimable() {
        return allocation().subtract(spent()).max(BigDecimal.ZERO);
    }

    /** What was spent beyond the allocation, which the grant does not meet. */
    public BigDecimal overAllocation() {
        return spent().subtract(allocation()).max(BigDecimal.ZERO);
    }
}
