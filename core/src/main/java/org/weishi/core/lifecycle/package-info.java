/**
 * Lifecycles as data: one {@link org.weishi.core.lifecycle.TransitionTable} per aggregate, each
 * row (from, action, to, roles allowed, gate). The engine never branches on states in code; it
 * looks the attempted action up in the table, checks the actor's roles, evaluates the gate's
 * rules and records the transition as an event. Which stages a project kind passes through is a
 * {@link org.weishi.core.lifecycle.StagePlan}.
 */
package org.weishi.core.lifecycle;
