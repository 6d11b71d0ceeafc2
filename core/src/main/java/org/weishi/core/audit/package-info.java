/**
 * Verifying the audit trail (全过程可查): {@link org.weishi.core.audit.AuditVerifier} recomputes the
 * hash chain and every stream's versions from the stored events alone.
 */
package org.weishi.core.audit;
