/**
 * The approval-rule capability: rules evaluated at named {@link org.weishi.spi.approval.Gate}s of
 * a project's lifecycle. The core collects every rule's {@link org.weishi.spi.approval.Verdict};
 * any rejection or request for revision stops the transition with one error listing all reasons.
 */
package org.weishi.spi.approval;
