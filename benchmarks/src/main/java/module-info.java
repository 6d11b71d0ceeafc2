/**
 * JMH benchmarks for weishi. Not a library: run the shaded {@code benchmarks.jar} (class path) or
 * this module with JMH's runner. Each area has its own package, e.g.
 * {@code org.weishi.benchmarks.selection}.
 */
module org.weishi.benchmarks {
    requires java.management;
    requires jmh.core;
    requires org.weishi.plugins.selection;

    // JMH instantiates the generated benchmark classes and @State objects reflectively
    opens org.weishi.benchmarks.selection;
    opens org.weishi.benchmarks.selection.jmh_generated;
}
