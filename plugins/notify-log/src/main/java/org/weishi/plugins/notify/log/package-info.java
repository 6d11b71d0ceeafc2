/** The log notifier: {@link org.weishi.plugins.notify.log.LogNotifier}. */
package org.weishi.plugins.notify.log;
