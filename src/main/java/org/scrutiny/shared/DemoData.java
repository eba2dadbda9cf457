package org.scrutiny.shared;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A module's share of the demo panel, loaded at start-up in one transaction after the demo data of
 * every module it depends on: Spring Modulith orders module initializers by the modules'
 * dependencies, so no module numbers its place. The bean is not proxied (the transaction is opened
 * here) so that Modulith can tell which module it belongs to.
 */
public abstract class DemoData implements ApplicationModuleInitializer {

    private TransactionOperations transactions;

    @Autowired
    void useTransactions(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    @Override
    public final void initialize() {
        transactions.executeWithoutResult(status -> load());
    }

    /** Loads this module's demo records, unless they are already there. */
    protected abstract void load();
}
