package org.weishi.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingEventStoreTest {
    /** A method added to EventStore later must be forwarded too, or a decorator silently drops it. */
    @Test
    void overrides_every_method_of_the_interface_defaults_included() throws Exception {
        for (Method m : EventStore.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) continue;
            Method own = ForwardingEventStore.class.getMethod(m.getName(), m.getParameterTypes());
            assertThat(own.getDeclaringClass()).as(m.toString()).isEqualTo(ForwardingEventStore.class);
        }
    }

    @Test
    void every_call_reaches_the_delegate_with_its_arguments() throws Exception {
        List<String> calls = new ArrayList<>();
        EventStore recorder = (EventStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null ? "" : List.of(args).toString()));
                    Class<?> r = method.getReturnType();
                    if (r == long.class) return 7L;
                    if (r == java.util.Optional.class) return java.util.Optional.empty();
                    if (r == List.class) return List.of();
                    return null;
                });
        EventStore f = new ForwardingEventStore(recorder) {
        };
        StreamId s = new StreamId("demand", "D-1");
        assertThat(f.headPosition()).isEqualTo(7L);
        assertThat(f.streamVersion(s)).isEqualTo(7L);
        f.readAll(3, 10);
        f.readStream(s);
        f.findByIdempotencyKey("k");
        f.loadSnapshot("projections");
        f.saveCheckpoint("c", 5);
        f.loadCheckpoint("c");
        f.close();
        assertThat(calls).containsExactly("headPosition", "streamVersion[" + s + "]", "readAll[3, 10]",
                "readStream[" + s + "]", "findByIdempotencyKey[k]", "loadSnapshot[projections]", "saveCheckpoint[c, 5]",
                "loadCheckpoint[c]", "close");
    }
}
