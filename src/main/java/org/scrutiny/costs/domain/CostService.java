package org.scrutiny.costs.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutiny.membership.PanelMember;
import org.scrutiny.membership.PanelMembership;
import org.scrutiny.shared.BusinessRuleViolation;
import org.scrutiny.shared.RecordNotFoundException;
import org.scrutiny.shared.StaleRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grant for each financial year and the costs charged to it. The allocation's two parts come
 * from settings ({@code scrutiny.costs.grant.fixed-sum}, {@code scrutiny.costs.grant.per-member})
 * when a year is opened, and may be corrected for the year afterwards.
 */
@Service
public class CostService {

    /** The most one entry may be: a cost larger than the whole grant many times over is a typing error. */
    public static final BigDecimal LARGEST_ENTRY = new BigDecimal("1000000.00");

    private final CostYears years;
    private final CostEntries entries;
    private final PanelMembership membership;
    private final Clock clock;
    private final BigDecimal fixedSum;
    private final BigDecimal perMember;

    CostService(
            CostYears years,
            CostEntries entries,
            PanelMembership membership,
            Clock clock,
            @Value("${scrutiny.costs.grant.fixed-sum}") BigDecimal fixedSum,
            @Value("${scrutiny.costs.grant.per-member}") BigDecimal perMember) {
        this.years = years;
        this.entries = entries;
        this.membership = membership;
        this.clock = clock;
        this.fixedSum = fixedSum;
        this.perMember = perMember;
    }

    /** The financial year (1 April to 31 March) a day falls in, by the calendar year it starts in. */
    public static int financialYearOf(LocalDate day) {
        return day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
    }

    @Transactional(readOnly = true)
    public List<CostYear> years() {
        return years.findAllByOrderByStartYearDesc();
    }

    @Transactional(readOnly = true)
    public Optional<CostYear> find(int startYear) {
        return years.findByStartYear(startYear);
    }

    @Transactional(readOnly = true)
    public CostYear year(int startYear) {
        return years.findByStartYear(startYear)
                .orElseThrow(() -> new RecordNotFoundException("Financial year", startYear));
    }

    /** Opens a year with the grant as the settings give it, for the members on the panel on its first day. */
    @Transactional
    public CostYear open(int startYear) {
        if (years.findByStartYear(startYear).isPresent()) {
            throw new BusinessRuleViolation("startYear", "The year " + CostYear.label(startYear) + " is already open");
        }
        int members = membership.membersOn(LocalDate.of(startYear, 4, 1)).size();
        return years.saveAndFlush(new CostYear(startYear, fixedSum, perMember, members));
    }

    @Transactional
    public CostYear setGrant(int startYear, long expectedVersion, BigDecimal fixed, BigDecimal each, int members) {
        CostYear year = year(startYear);
        StaleRecordException.check(expectedVersion, year.getVersion());
        year.set(fixed, each, members);
        return years.saveAndFlush(year);
    }

    /** The members who may have costs charged in a year: those on the panel at any time in it. */
    @Transactional(readOnly = true)
    public List<PanelMember> membersIn(CostYear year) {
        Map<Long, PanelMember> members = new LinkedHashMap<>();
        for (LocalDate day = year.firstDay(); !day.isAfter(year.lastDay()); day = day.plusMonths(1)) {
            membership.membersOn(day).forEach(member -> members.putIfAbsent(member.personId(), member));
        }
        return members.values().stream()
                .sorted(Comparator.comparing(PanelMember::formalName))
                .toList();
    }

    /**
     * Charges a cost to a year: on a day in it, of at least a penny and at most
     * {@link #LARGEST_ENTRY}, and for a member of that year when it is a member's cost.
     */
    @Transactional
    public CostEntry charge(int startYear, CostEntry.Charge charge) {
        CostYear year = year(startYear);
        if (!year.contains(charge.spentOn())) {
            throw new BusinessRuleViolation(
                    "spentOn",
                    "The date must be in the financial year " + year.label() + ": from 1 April " + startYear
                            + " to 31 March " + (startYear + 1));
        }
        if (charge.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "The amount must be more than £0.00");
        }
        if (charge.amount().compareTo(LARGEST_ENTRY) > 0) {
            throw new BusinessRuleViolation("amount", "The amount must be £1,000,000.00 or less");
        }
        CostEntry.Charge recorded = charge;
        if (charge.category().isMember()) {
            PanelMember member = charge.personId() == null
                    ? null
                    : membersIn(year).stream()
                            .filter(m -> m.personId() == charge.personId())
                            .findFirst()
                            .orElse(null);
            if (member == null) {
                throw new BusinessRuleViolation(
                        "personId", "Choose the member of " + year.label() + " this cost is for");
            }
            recorded = new CostEntry.Charge(
                    charge.category(),
                    charge.spentOn(),
                    charge.amount(),
                    charge.note(),
                    member.personId(),
                    member.formalName());
        } else {
            recorded = new CostEntry.Charge(
                    charge.category(), charge.spentOn(), charge.amount(), charge.note(), null, null);
        }
        return entries.saveAndFlush(new CostEntry(year.getId(), recorded));
    }

    @Transactional
    public void remove(long entryId, long expectedVersion) {
        CostEntry entry = entries.findById(entryId).orElseThrow(() -> new RecordNotFoundException("Cost", entryId));
        StaleRecordException.check(expectedVersion, entry.getVersion());
        entries.delete(entry);
    }

    /** The whole year, or as far as today if it is not over. */
    @Transactional(readOnly = true)
    public CostReport report(int startYear) {
        CostYear year = year(startYear);
        LocalDate today = LocalDate.now(clock);
        return claim(year, year.firstDay(), today.isBefore(year.lastDay()) ? today : year.lastDay());
    }

    /** The claim for part of a year: the costs charged from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public CostReport claim(int startYear, LocalDate from, LocalDate to) {
        CostYear year = year(startYear);
        if (!year.contains(from) || !year.contains(to) || to.isBefore(from)) {
            throw new BusinessRuleViolation("The period must run forwards within the financial year " + year.label());
        }
        return claim(year, from, to);
    }

    private CostReport claim(CostYear year, LocalDate from, LocalDate to) {
        List<CostEntry> charged = entries.findByCostYearIdOrderBySpentOnAscIdAsc(year.getId()).stream()
                .filter(entry -> !entry.getSpentOn().isBefore(from)
                        && !entry.getSpentOn().isAfter(to))
                .toList();
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            byCategory.put(category, BigDecimal.ZERO.setScale(2));
        }
        Map<Long, CostReport.MemberTotal> byMember = new LinkedHashMap<>();
        for (CostEntry entry : charged) {
            byCategory.merge(entry.getCategory(), entry.getAmount(), BigDecimal::add);
            if (entry.getPersonId() != null) {
                CostReport.MemberTotal was = byMember.getOrDefault(
                        entry.getPersonId(),
                        new CostReport.MemberTotal(
                                entry.getPersonId(),
                                entry.getMemberName(),
                                BigDecimal.ZERO.setScale(2),
                                BigDecimal.ZERO.setScale(2)));
                boolean allowance = entry.getCategory() == CostCategory.MEMBER_ALLOWANCES;
                byMember.put(
                        entry.getPersonId(),
                        new CostReport.MemberTotal(
                                was.personId(),
                                was.name(),
                                allowance ? was.allowances().add(entry.getAmount()) : was.allowances(),
                                allowance ? was.expenses() : was.expenses().add(entry.getAmount())));
            }
        }
        List<CostReport.CategoryTotal> categories = new ArrayList<>();
        byCategory.forEach((category, amount) -> categories.add(new CostReport.CategoryTotal(category, amount)));
        return new CostReport(
                year,
                from,
                to,
                categories,
                byMember.values().stream()
                        .sorted(Comparator.comparing(CostReport.MemberTotal::name))
                        .toList(),
                charged);
    }

    /** A member's own claims, the latest first. */
    @Transactional(readOnly = true)
    public List<CostEntry> claimsOf(long personId) {
        return entries.findByPersonIdOrderBySpentOnDescIdDesc(personId);
    }
}
