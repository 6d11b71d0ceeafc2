/** Internals of the JDBC store: dialects, URL handling, migrations, error codes. Not exported. */
package org.weishi.plugins.storage.jdbc.internal;
