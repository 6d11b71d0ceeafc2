/** Guice integration for weishi hosts: {@link org.weishi.guice.WeishiModule}. */
package org.weishi.guice;
