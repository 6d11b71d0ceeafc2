/**
 * The Pabulib file format ({@code .pb}, <a href="https://pabulib.org/format">pabulib.org/format</a>):
 * {@link org.weishi.plugins.selection.pabulib.PabulibReader} and
 * {@link org.weishi.plugins.selection.pabulib.PabulibWriter} for
 * {@link org.weishi.plugins.selection.pabulib.PabulibFile}, which turns into an
 * {@link org.weishi.spi.selection.Election}.
 *
 * <p>A file has three sections, each a line {@code META}, {@code PROJECTS} or {@code VOTES}
 * followed by a header line and {@code ;}-separated rows (fields may be double-quoted, with
 * {@code ""} for a quote). UTF-8, with or without a byte-order mark; CRLF or LF line ends; decimal
 * commas or points in numbers. Vote types {@code approval}, {@code choose-1}, {@code cumulative}
 * and {@code ordinal}.
 *
 * <p><b>Stability:</b> public API of the plug-in; may grow in minor versions.
 */
package org.weishi.plugins.selection.pabulib;
