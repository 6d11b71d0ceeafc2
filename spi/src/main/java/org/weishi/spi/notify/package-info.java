/** The notification capability: notifiers receive committed events through the outbox. */
package org.weishi.spi.notify;
