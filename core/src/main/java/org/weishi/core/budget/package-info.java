/**
 * Budgets (issue 3): envelopes on the scope tree fed by {@link org.weishi.core.budget.FundingSource}s,
 * allocations down the tree and transfers ({@link org.weishi.core.budget.FlowKind}), projects'
 * funding plans and their {@link org.weishi.core.budget.FundingState}, and
 * {@link org.weishi.core.view.EnvelopeReport} to print balances. The commands are in
 * {@code org.weishi.core.command} ({@link org.weishi.core.command.BudgetCommand}), the events in
 * {@code org.weishi.core.event}, the views in {@code org.weishi.core.view}. Stable within 0.x minor
 * versions.
 */
package org.weishi.core.budget;
