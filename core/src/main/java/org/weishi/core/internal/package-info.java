/**
 * Engine internals. Not exported: anything here can change without notice.
 */
package org.weishi.core.internal;
