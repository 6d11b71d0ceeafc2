package org.weishi.spi.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StreamIdTest {
    /** The rule as it was written before the check lost its regex. */
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    @Test
    void a_type_is_accepted_exactly_when_it_matches_the_documented_pattern() {
        long seed = Long.getLong("weishi.seed", 20260527L);
        Random random = new Random(seed);
        String alphabet = "az09-_AZ/ .é\u0000";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(36); n > 0; n--) {
                b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String type = b.toString();
            boolean accepted;
            try {
                new StreamId(type, "x");
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as("seed=%d type='%s'", seed, type).isEqualTo(TYPE.matcher(type).matches());
        }
    }

    @Test
    void parts_are_checked() {
        assertThat(new StreamId("demand", "D-1").toString()).isEqualTo("demand/D-1");
        assertThat(new StreamId("a-9", "x")).isEqualTo(StreamId.parse("a-9/x"));
        assertThatThrownBy(() -> new StreamId("Demand", "D-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StreamId("9demand", "D-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StreamId("a".repeat(33), "D-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StreamId("a".repeat(32), "D-1").type()).hasSize(32);
        assertThatThrownBy(() -> new StreamId("demand", "a/b")).isInstanceOf(IllegalArgumentException.class);
    }
}
