/**
 * The selection-standard plug-in ({@link org.weishi.plugins.selection.SelectionStandardPlugin}) and
 * the {@code weishi select} command ({@link org.weishi.plugins.selection.SelectCommand}).
 *
 * <p><b>Stability:</b> public API of the plug-in; may grow in minor versions.
 */
package org.weishi.plugins.selection;
