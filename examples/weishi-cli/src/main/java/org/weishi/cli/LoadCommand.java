package org.weishi.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import org.weishi.core.Actor;
import org.weishi.core.Role;
import org.weishi.core.Weishi;
import org.weishi.core.command.SubmitDemand;
import org.weishi.core.command.Submitter;
import org.weishi.core.district.Scope;
import org.weishi.core.district.ScopeLevel;
import org.weishi.spi.Channel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code weishi load}: submits N demands through the facade and prints each acknowledged demand id
 * on stdout as soon as its append has committed, then a throughput summary on stderr.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Submits N synthetic demands through the engine and prints each acknowledged demand id",
                "on stdout as soon as its append committed (line by line); a throughput summary goes to stderr."})
final class LoadCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--demands", required = true, paramLabel = "N", description = "how many demands to submit (1 to 100,000,000)")
    long demands;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "T", description = "concurrent submitters (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--window", defaultValue = "64", paramLabel = "W",
            description = {"commands each submitter keeps in flight (default ${DEFAULT-VALUE}); 1 waits for each",
                    "acknowledgement before sending the next (Weishi.execute instead of executeAsync)"})
    int window;

    @Override
    public Integer call() throws Exception {
        if (demands < 1 || demands > 100_000_000L) throw new CliException(Main.BAD_INPUT, "--demands must be between 1 and 100,000,000, not " + demands);
        if (threads < 1 || threads > 256) throw new CliException(Main.BAD_INPUT, "--threads must be between 1 and 256, not " + threads);
        if (window < 1 || window > 10_000) throw new CliException(Main.BAD_INPUT, "--window must be between 1 and 10,000, not " + window);
        PrintStream out = System.out;
        try (Stores stores = Stores.open(store.spec, java.time.Clock.systemUTC());
             Weishi w = Weishi.builder().district(Doumen.config()).storage(stores.store(), stores.vault()).build()) {
            List<Scope> communities = w.district().scopes().atLevel(ScopeLevel.COMMUNITY);
            AtomicLong next = new AtomicLong();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long mine = 0;
                    Semaphore slots = new Semaphore(window);
                    AtomicReference<Throwable> failure = new AtomicReference<>();
                    for (long n = next.getAndIncrement(); n < demands; n = next.getAndIncrement()) {
                        Scope c = communities.get((int) (n % communities.size()));
                        Actor sw = Actor.of("sw-" + c.id(), Role.SOCIAL_WORKER, c.id());
                        SubmitDemand demand = new SubmitDemand(Channel.SOCIAL_WORKER, "elderly-care", c.id(), "上门助浴",
                                "社工走访记录：独居老人需要上门助浴服务", 1, new Submitter("居民" + n, null, null, null));
                        if (window == 1) {
                            print(out, w.execute(sw, demand).aggregateId());
                        } else {
                            slots.acquire();
                            if (failure.get() != null) break;
                            w.executeAsync(sw, demand).whenComplete((receipt, error) -> {
                                // Runs once the append has committed: the id is acknowledged.
                                if (error != null) failure.compareAndSet(null, error);
                                else print(out, receipt.aggregateId());
                                slots.release();
                            });
                        }
                        mine++;
                    }
                    slots.acquire(window); // everything in flight answered
                    if (failure.get() != null) throw new IllegalStateException("a demand was not stored", failure.get());
                    return mine;
                }));
            }
            long total = 0;
            for (Future<Long> f : futures) total += f.get();
            pool.shutdown();
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("load: %d demands acknowledged in %.2f s with %d thread(s), %d in flight each: %.0f commands/s (store %s)%n",
                    total, s, threads, window, total / s, stores.description());
        }
        return 0;
    }

    private static void print(PrintStream out, String id) {
        synchronized (out) {
            out.println(id);
            out.flush(); // acknowledged: the id is out as soon as its append has committed
        }
    }
}
