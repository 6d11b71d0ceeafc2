/**
 * Read models kept current after every commit: one view per demand and project, and the
 * {@link org.weishi.core.view.Dashboard}. Views hold no personal data beyond the person key.
 */
package org.weishi.core.view;
