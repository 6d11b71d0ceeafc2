package org.weishi.cli;

import java.util.concurrent.Callable;
import org.weishi.core.Weishi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code weishi erase}: removes a person's personal data from the vault (PIPL art. 47). The event
 * log never held it, so its audit chain still verifies ({@code weishi verify}); public outputs then
 * show neither the masked name nor the person's words.
 */
@Command(name = "erase", mixinStandardHelpOptions = true,
        description = {"Erases a person's personal data (name, phone, ID number, address) from the vault.",
                "The event log is untouched, so its audit chain still verifies."})
final class EraseCommand implements Callable<Integer> {
    /** Error code: no personal data for that person key. */
    static final String UNKNOWN_PERSON = "WS-DISCLOSE-030";

    @picocli.CommandLine.Mixin
    StoreOption store;

    @Option(names = "--person", required = true, description = "the person key, e.g. psn-3f9a…")
    String person;

    @Override
    public Integer call() {
        try (Stores stores = Stores.open(store.spec, java.time.Clock.systemUTC()); Weishi w = stores.engine()) {
            if (!w.personalDataVault().erase(person)) {
                throw new CliException(Main.BAD_INPUT, "[" + UNKNOWN_PERSON + "] no personal data for person '" + person
                        + "': the key is unknown or already erased; demand views show the key as personKey / 个人信息库中没有 '"
                        + person + "' 的数据：该键不存在或已删除");
            }
            System.out.println("erased personal data of '" + person + "'; the event log and its audit chain are unchanged");
        }
        return 0;
    }
}
