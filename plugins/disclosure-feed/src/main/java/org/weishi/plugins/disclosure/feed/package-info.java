/**
 * The JSON feed publisher ({@link org.weishi.plugins.disclosure.feed.FeedPublisher}) and its
 * plug-in. Stable: the feed's schema changes only compatibly within a major version.
 */
package org.weishi.plugins.disclosure.feed;
