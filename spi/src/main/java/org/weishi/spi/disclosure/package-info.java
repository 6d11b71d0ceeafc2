/**
 * The disclosure capability (全过程公示): publishers turn a {@link org.weishi.spi.disclosure.Disclosure}
 * — projects and demands already filtered and redacted by the district's disclosure policy — into a
 * public document such as a JSON feed or an OCDS release package.
 *
 * <p><b>Stability:</b> part of the SPI; it may grow by new record components and default methods
 * between minor versions. Publishers never see personal data unless the disclosure's
 * {@link org.weishi.spi.disclosure.Audience} is {@link org.weishi.spi.disclosure.Audience#INTERNAL}.
 *
 * @since 0.1
 */
package org.weishi.spi.disclosure;
