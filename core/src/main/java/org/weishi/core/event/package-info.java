/**
 * Events: immutable records of what happened. State is the fold of these. Their JSON form (the
 * record's components, in declaration order) is what the event store keeps; it never contains
 * personal data, only person keys into the vault.
 */
package org.weishi.core.event;
