/**
 * Redaction of personal information for public disclosure (公示), following zh-CN conventions and
 * PIPL: masking functions for single fields ({@link org.weishi.core.disclosure.PersonName},
 * {@link org.weishi.core.disclosure.MobileNumber}, {@link org.weishi.core.disclosure.LandlineNumber},
 * {@link org.weishi.core.disclosure.ResidentIdNumber}, {@link org.weishi.core.disclosure.BankCardNumber},
 * {@link org.weishi.core.disclosure.EmailAddress}, {@link org.weishi.core.disclosure.ResidentialAddress})
 * and a scanner for free text ({@link org.weishi.core.disclosure.TextRedactor}) that returns a
 * {@link org.weishi.core.disclosure.Redaction}: the public text plus an audit list of what was
 * removed, never the removed values themselves.
 *
 * <p>On top of them, the district's {@link org.weishi.core.disclosure.DisclosurePolicy} (which
 * field of which record is {@link org.weishi.core.disclosure.Visibility public, masked, internal or
 * never} shown at which stage; default deny) and the {@link org.weishi.core.disclosure.Discloser}
 * that applies it to the engine's views, producing the {@code org.weishi.spi.disclosure.Disclosure}
 * that publisher plug-ins write (see {@code docs/disclosure.md}). The discloser is the only type
 * here that reads personal data (from the vault), and it hands publishers only what the policy allows.
 *
 * <p>Every type here is immutable and safe to share between threads. No method returns or logs a
 * raw personal value it was asked to hide. No argument may be {@code null} unless a method says so.
 *
 * <p>Stability: exported API, still pre-1.0; the masking conventions themselves are documented in
 * {@code docs/redaction.md} and a change to one is a visible change to every public output.
 */
package org.weishi.core.disclosure;
