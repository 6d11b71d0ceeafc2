/**
 * JMH benchmarks. Compiled as a module like every artifact; run from the shaded
 * {@code benchmarks/target/benchmarks.jar} on the class path, as JMH expects.
 */
module org.weishi.benchmarks {
    requires org.weishi.core;
    requires org.weishi.plugins.storage.memory;
    requires org.weishi.plugins.storage.jdbc;
    requires jmh.core;

    opens org.weishi.benchmarks.engine;
    opens org.weishi.benchmarks.replay;
}
