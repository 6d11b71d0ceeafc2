/**
 * The standard approval rule pack ({@code rules-standard}): {@link org.weishi.plugins.rules.standard.StandardRulesPlugin}
 * and its configuration {@link org.weishi.plugins.rules.standard.StandardRulesConfig}. Rule ids, defaults and the
 * facts each rule reads are documented in {@code docs/rules-standard.md}. Stable within 0.x minor versions.
 */
package org.weishi.plugins.rules.standard;
