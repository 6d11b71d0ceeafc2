package org.weishi.core;

/** The weishi engine facade (being built). */
public interface Weishi {
}
