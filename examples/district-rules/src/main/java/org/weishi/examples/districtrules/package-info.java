/**
 * Doumen district's rule plug-in ({@code doumen-rules}): {@link org.weishi.examples.districtrules.DoumenRulesPlugin}
 * and its settings {@link org.weishi.examples.districtrules.DoumenRulesConfig}. An example of a district's own
 * plug-in; not published.
 */
package org.weishi.examples.districtrules;
