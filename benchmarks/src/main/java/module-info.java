/**
 * JMH benchmarks. Compiled as a module like every artifact; run from the shaded
 * {@code benchmarks/target/benchmarks.jar} on the class path, as JMH expects. Each area has its own
 * package: engine, replay, selection, budget.
 */
module org.weishi.benchmarks {
    requires java.management;
    requires jmh.core;
    requires org.weishi.core;
    requires org.weishi.plugins.storage.memory;
    requires org.weishi.plugins.storage.jdbc;
    requires org.weishi.plugins.selection;

    // JMH instantiates the generated benchmark classes and @State objects reflectively
    opens org.weishi.benchmarks.engine;
    opens org.weishi.benchmarks.storage;
    opens org.weishi.benchmarks.storage.jmh_generated;
    opens org.weishi.benchmarks.budget;
    opens org.weishi.benchmarks.budget.jmh_generated;
    opens org.weishi.benchmarks.engine.jmh_generated;
    opens org.weishi.benchmarks.replay;
    opens org.weishi.benchmarks.replay.jmh_generated;
    opens org.weishi.benchmarks.selection;
    opens org.weishi.benchmarks.selection.jmh_generated;
}
