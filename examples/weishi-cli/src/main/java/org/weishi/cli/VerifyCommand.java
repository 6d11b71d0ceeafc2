package org.weishi.cli;

import java.util.concurrent.Callable;
import org.weishi.core.audit.AuditReport;
import org.weishi.core.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code weishi verify}: recomputes the audit hash chain and every stream's versions. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recomputes the audit hash chain and every stream's versions from the stored events.",
                "Exit 0 with a summary when intact; exit 1 naming the first bad position when an event",
                "was altered, removed or reordered."})
final class VerifyCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Stores stores = Stores.open(store.spec, java.time.Clock.systemUTC())) {
            long t0 = System.nanoTime();
            AuditReport r = AuditVerifier.verify(stores.store());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.intact()) {
                System.out.printf("verify: intact — %d events in %d streams, head hash %s (%d ms)%n", r.events(), r.streams(), r.headHash(), ms);
                return 0;
            }
            System.err.println("verify: BROKEN at " + r.failure().orElseThrow() + " (" + r.events() + " events checked before it)");
            return 1;
        }
    }
}
