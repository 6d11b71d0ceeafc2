package org.weishi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.weishi.core.event.DemandSubmitted;
import org.weishi.core.event.EventMetadata;

/**
 * {@link RecordJson} must give exactly what Jackson gives, or step aside (null). Seeded random
 * records of every flat event type, written as the engine writes them, then damaged in many ways;
 * run with {@code -Dweishi.seed=N} to replay a failure.
 */
class RecordJsonTest {
    private static final long SEED = Long.getLong("weishi.seed", 20260527L);
    private static final String ALPHABET = "aZ09 -_/:.,\"\\\u0000\u0001\u001f\t\n\r\b\f'{}[]助浴服务老人\u2028\uD83D\uDE00é";

    @Test
    void every_flat_event_type_reads_as_jackson_reads_it_even_when_damaged() throws Exception {
        Random random = new Random(SEED);
        List<Class<?>> types = new ArrayList<>(EventCodec.typesForTests());
        types.add(EventMetadata.class);
        int flat = 0;
        for (Class<?> type : types) {
            RecordJson<?> reader = RecordJson.forClass(type);
            if (reader == null) continue;
            flat++;
            for (int i = 0; i < 400; i++) {
                String where = "seed=" + SEED + " type=" + type.getSimpleName() + " i=" + i;
                Object value = randomRecord(type, random);
                if (value == null) continue;
                String json = Json.write(value);
                assertThat(reader.read(json)).as(where + " " + json).isEqualTo(value);
                for (int d = 0; d < 6; d++) {
                    String damaged = damage(json, random);
                    Object jackson;
                    try {
                        jackson = Json.MAPPER.readValue(damaged, type);
                    } catch (Exception refused) {
                        jackson = refused;
                    }
                    Object fast;
                    try {
                        fast = reader.read(damaged);
                    } catch (RuntimeException e) {
                        throw new AssertionError(where + " threw on " + damaged, e);
                    }
                    if (fast != null) {
                        assertThat(jackson).as(where + " " + damaged).isEqualTo(fast);
                    }
                }
            }
        }
        assertThat(flat).as("flat types covered").isGreaterThanOrEqualTo(15);
    }

    @Test
    void the_event_the_replay_benchmark_stores_reads_whole() {
        String payload = "{\"demandId\":\"D-0000001\",\"channel\":\"MINI_PROGRAM\",\"category\":\"elderly-care\","
                + "\"scopeId\":\"d/t/c\",\"title\":\"助浴服务\",\"description\":\"独居老人需要上门助浴服务，每周两次\","
                + "\"beneficiaries\":3,\"personKey\":\"psn-0\"}";
        DemandSubmitted d = RecordJson.of(DemandSubmitted.class).read(payload);
        assertThat(d).isEqualTo(Json.read(payload, DemandSubmitted.class));
        String meta = "{\"actorId\":\"u-1\",\"role\":\"RESIDENT\",\"at\":\"2021-03-15T02:00:00Z\",\"command\":\"SubmitDemand\"}";
        assertThat(RecordJson.of(EventMetadata.class).read(meta)).isEqualTo(Json.read(meta, EventMetadata.class));
    }

    @Test
    void escapes_spacing_and_minus_zero_the_engine_does_not_write_read_as_jackson_reads_them() {
        // The parser unescapes names and strings as databind's does, so these need not go to databind.
        String meta = " { \"act\\u006frId\" : \"u-\\u0031\\t\" ,\n\"role\":\"RESIDENT\",\"at\":\"2021-03-15T02:00:00Z\","
                + "\"command\":\"Submit\\/Demand\"}\n";
        EventMetadata fast = RecordJson.of(EventMetadata.class).read(meta);
        assertThat(fast).isNotNull().isEqualTo(Json.read(meta, EventMetadata.class));
        String payload = "{\"demandId\":\"D-0000001\",\"channel\":\"MINI_PROGRAM\",\"category\":\"elderly-care\","
                + "\"scopeId\":\"d/t/c\",\"title\":\"t\",\"description\":\"d\",\"beneficiaries\":-0,\"personKey\":null}";
        DemandSubmitted d = RecordJson.of(DemandSubmitted.class).read(payload);
        if (d != null) assertThat(d).isEqualTo(Json.read(payload, DemandSubmitted.class));
    }

    @Test
    void utc_instants_parse_as_instant_parse_or_not_at_all() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            long seconds = -62_167_219_200L + (long) (random.nextDouble() * (253_402_300_799L + 62_167_219_200L));
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(seconds, nanos);
            assertThat(RecordJson.parseUtcInstant(t.toString())).as(t.toString()).isEqualTo(t);
            assertThat(RecordJson.parseUtcInstant(Json.write(t).replace("\"", ""))).isEqualTo(t);
        }
        for (String s : List.of("2021-02-29T00:00:00Z", "2021-13-01T00:00:00Z", "2021-01-01T24:00:00Z",
                "2021-01-01T23:59:60Z", "2021-01-01T00:00:00.Z", "2021-01-01T00:00:00.1234567890Z",
                "2021-01-01T00:00:00+08:00", "2021-01-01 00:00:00Z", "+12021-01-01T00:00:00Z", "2021-1-01T00:00:00Z",
                "２０２１-01-01T00:00:00Z", "2021-01-01T00:00Z", "")) {
            Instant fast = RecordJson.parseUtcInstant(s);
            if (fast != null) assertThat(fast).as(s).isEqualTo(Instant.parse(s));
        }
        assertThat(RecordJson.parseUtcInstant("2021-03-15T02:00:00.5Z")).isEqualTo(Instant.parse("2021-03-15T02:00:00.5Z"));
    }

    private static Object randomRecord(Class<?> type, Random random) throws Exception {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Class<?> t = cs[i].getType();
            types[i] = t;
            boolean nul = random.nextInt(8) == 0;
            if (t == String.class) args[i] = nul ? null : randomString(random);
            else if (t == int.class) args[i] = random.nextBoolean() ? random.nextInt(100) : random.nextInt();
            else if (t == long.class) args[i] = random.nextBoolean() ? (long) random.nextInt(100) : random.nextLong();
            else if (t == boolean.class) args[i] = random.nextBoolean();
            else if (t.isEnum()) args[i] = nul ? null : t.getEnumConstants()[random.nextInt(t.getEnumConstants().length)];
            else if (t == Instant.class) args[i] = nul ? null : Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000),
                    random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
            else if (t == List.class) {
                List<String> l = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) l.add(randomString(random));
                args[i] = l;
            } else {
                return null;
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException refused) {
            return null; // the record's own validation: nothing to compare
        }
    }

    private static String randomString(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            if (random.nextInt(3) == 0) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            else b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** One random change a hand-edited or foreign document might have. */
    private static String damage(String json, Random random) throws Exception {
        JsonNode tree = Json.MAPPER.readTree(json);
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
        ObjectNode o = (ObjectNode) tree;
        switch (random.nextInt(16)) {
            case 0 -> o.remove(name);
            case 1 -> o.put("unknown", "x");
            case 2 -> o.putNull(name);
            case 3 -> o.put(name, "12");
            case 4 -> o.put(name, 12);
            case 5 -> o.put(name, 1.5);
            case 6 -> o.put(name, true);
            case 7 -> o.put(name, 9_999_999_999L);
            case 8 -> o.putArray(name).add("a").addNull();
            case 9 -> o.putObject(name);
            case 10 -> {
                return json.replace(",", " ,\n\t").replace(":", " : ");
            }
            case 11 -> {
                return json + " trailing";
            }
            case 12 -> {
                return json.substring(0, Math.max(0, json.length() - 1 - random.nextInt(3)));
            }
            case 13 -> {
                return json.replaceFirst("\"" + name + "\"", "\"" + name + "\":null,\"" + name + "\"");
            }
            case 14 -> {
                return json.replace("\"", "\\u0022").replaceFirst("\\\\u0022", "\"");
            }
            default -> o.put(name, "2021-03-15T02:00:00+08:00");
        }
        return Json.MAPPER.writeValueAsString(o);
    }
}
