/**
 * What running the panel costs, against the Home Office grant for a financial year: the allocation
 * (a fixed sum and an amount per member, both settings), the costs charged to it by category, each
 * member's allowances and expenses, and the claim for any period (spent, still claimable, over the
 * allocation). The report "Administration Costs and Member Expenses" for the AGM is generated from
 * these records, and the per-member totals are published. Amounts are pounds and pence, never
 * floating point.
 */
@ApplicationModule(displayName = "Administration costs")
package org.scrutiny.costs;

import org.springframework.modulith.ApplicationModule;
