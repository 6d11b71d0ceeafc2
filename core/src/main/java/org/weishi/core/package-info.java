/** The facade hosts call: {@link org.weishi.core.Weishi}. */
package org.weishi.core;
