/**
 * The OCDS publisher ({@link org.weishi.plugins.disclosure.ocds.OcdsPublisher}) and its plug-in.
 * Stable: the mapping to OCDS is documented in {@code docs/disclosure.md} and changes only
 * compatibly within a major version.
 */
package org.weishi.plugins.disclosure.ocds;
