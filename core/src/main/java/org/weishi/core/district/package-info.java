/**
 * A district's configuration: its scope tree (district → town/street → village/community), its
 * demand categories and which lifecycle stages each project kind passes through.
 */
package org.weishi.core.district;
