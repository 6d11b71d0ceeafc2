package org.weishi.core.command;

/**
 * A command about money: envelopes, their funding and flows, and projects' funding plans and
 * actual costs. The engine appends every envelope a command touches in one atomic batch, each at
 * the version it decided on, so no interleaving of budget commands can overspend an envelope.
 */
public sealed interface BudgetCommand extends Command permits OpenEnvelope, FundEnvelope, AllocateFunds,
        TransferFunds, ReplanReleasedFunds, SetFundingPlan, ReportActualCost {
}
