package org.weishi.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.weishi.core.deliberation.CouncilView;
import org.weishi.core.deliberation.MeetingView;
import org.weishi.core.deliberation.NoticeView;
import org.weishi.core.deliberation.VoteChoice;
import org.weishi.core.lifecycle.DemandState;
import org.weishi.core.view.DemandView;
import org.weishi.core.view.EnvelopeView;
import org.weishi.core.view.PreReviewView;
import org.weishi.core.view.ProjectFundingView;
import org.weishi.core.view.ProjectView;
import org.weishi.spi.Channel;

/**
 * The JSON form of a projections snapshot, format {@value #FORMAT}:
 *
 * <pre>{@code
 * {"format":1, "position":1000000, "hash":"<hash of the event at position>",
 *  "projects":[{ProjectView}...], "councils":[...], "meetings":[...], "notices":[...],
 *  "envelopes":[...], "fundings":[...], "preReviews":[...], "scopeYearMoney":{"2021|scope":123},
 *  "demands":[["D-0000001",1,"SUBMITTED","MINI_PROGRAM","elderly-care","d/t/c","title","description",3,
 *              "psn-0","u-1",null,null,0,"2021-03-15T02:00:00Z","2021-03-15T02:00:00Z"], ...]}
 * }</pre>
 *
 * Demands, by far the most numerous views, are rows of their components in declaration order, last
 * (a reader takes them straight from the text); the other views are their records as Jackson writes them, with map entries in the views' own order
 * (not sorted), so a restored view iterates exactly as the folded one did.
 *
 * <p><b>Bump {@link #FORMAT} whenever a view record or the fold that builds the views changes</b>:
 * an engine ignores a snapshot of another format and replays the log from the start.
 */
final class SnapshotCodec {
    /** The format this code writes and reads. */
    static final int FORMAT = 1;
    private static final int DEMAND_FIELDS = 16;
    /** Demand rows between line breaks in the payload (see {@link #encode}). */
    static final int SEGMENT = 10_000;
    private static final ObjectMapper MAPPER = Json.MAPPER.copy().disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /** For the demand rows' segments: the same parser features as the rest of the snapshot. */
    private static final JsonFactory JSON = MAPPER.getFactory();

    private SnapshotCodec() {
    }

    /**
     * @param state the views, lists in the order to write them
     * @param hash the hash of the event at the state's position, null at position 0
     * @return the snapshot payload
     */
    static String encode(Projections.State state, String hash) {
        return encode(state, hash, SEGMENT);
    }

    /**
     * @param state the views, lists in the order to write them
     * @param hash the hash of the event at the state's position, null at position 0
     * @param segment demand rows between line breaks (tests use small ones)
     * @return the snapshot payload
     */
    static String encode(Projections.State state, String hash, int segment) {
        StringWriter out = new StringWriter(1024 + state.demands().size() * 160);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeNumberField("position", state.position());
            g.writeStringField("hash", hash);
            writeList(g, "projects", state.projects());
            writeList(g, "councils", state.councils());
            writeList(g, "meetings", state.meetings());
            writeList(g, "notices", state.notices());
            writeList(g, "envelopes", state.envelopes());
            writeList(g, "fundings", state.fundings());
            writeList(g, "preReviews", state.preReviews());
            g.writeObjectField("scopeYearMoney", state.scopeYearMoney());
            // Last, so a reader can take the rows straight from the text (see readDemandRows).
            // A raw line break before every SEGMENT-th row: JSON whitespace that never occurs inside
            // a string (the generator escapes control characters), so a reader finds segments of
            // whole rows without scanning them and reads them in parallel.
            g.writeArrayFieldStart("demands");
            int row = 0;
            for (DemandView d : state.demands()) {
                if (row > 0 && row % segment == 0) g.writeRaw('\n');
                writeDemand(g, d);
                row++;
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the projections snapshot", e);
        }
        return out.toString();
    }

    private static void writeList(JsonGenerator g, String name, List<?> views) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object v : views) g.writeObject(v);
        g.writeEndArray();
    }

    private static void writeDemand(JsonGenerator g, DemandView d) throws IOException {
        g.writeStartArray();
        g.writeString(d.id());
        g.writeNumber(d.version());
        writeName(g, d.state());
        writeName(g, d.channel());
        g.writeString(d.category());
        g.writeString(d.scopeId());
        g.writeString(d.title());
        g.writeString(d.description());
        g.writeNumber(d.beneficiaries());
        g.writeString(d.personKey());
        g.writeString(d.submittedBy());
        g.writeString(d.projectId());
        g.writeString(d.mergedInto());
        g.writeNumber(d.satisfaction());
        g.writeString(d.submittedAt() == null ? null : d.submittedAt().toString());
        g.writeString(d.updatedAt() == null ? null : d.updatedAt().toString());
        g.writeEndArray();
    }

    private static void writeName(JsonGenerator g, Enum<?> e) throws IOException {
        if (e == null) g.writeNull();
        else g.writeString(e.name());
    }

    /**
     * What a snapshot holds.
     *
     * @param format its format
     * @param hash the hash of the event at its position
     * @param state the views
     * @param rowsFromText whether the demand rows were read straight from the text (the fast way)
     *                     rather than through Jackson's tokens
     */
    record Decoded(int format, String hash, Projections.State state, boolean rowsFromText) {
    }

    /**
     * @param payload a snapshot payload
     * @return what it holds
     * @throws IOException when it is not a snapshot this code can read (then nothing is restored)
     */
    static Decoded decode(String payload) throws IOException {
        Integer format = null;
        Long position = null;
        String hash = null;
        List<DemandView> demands = null;
        List<ProjectView> projects = null;
        List<CouncilView> councils = null;
        List<MeetingView> meetings = null;
        List<NoticeView> notices = null;
        List<EnvelopeView> envelopes = null;
        List<ProjectFundingView> fundings = null;
        List<PreReviewView> preReviews = null;
        Map<String, Long> money = null;
        boolean rowsFromText = false;
        try (JsonParser p = MAPPER.createParser(payload)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, p);
            fields:
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = p.getIntValue();
                    case "position" -> position = p.getLongValue();
                    case "hash" -> hash = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
                    case "demands" -> {
                        demands = readDemandRows(payload, p);
                        rowsFromText = demands != null;
                        if (rowsFromText) break fields; // they end the document
                        demands = readDemands(p);
                    }
                    case "projects" -> projects = MAPPER.readValue(p, new TypeReference<List<ProjectView>>() { });
                    case "councils" -> councils = MAPPER.readValue(p, new TypeReference<List<CouncilView>>() { });
                    case "meetings" -> meetings = frozenVotes(MAPPER.readValue(p, new TypeReference<List<MeetingView>>() { }));
                    case "notices" -> notices = MAPPER.readValue(p, new TypeReference<List<NoticeView>>() { });
                    case "envelopes" -> envelopes = MAPPER.readValue(p, new TypeReference<List<EnvelopeView>>() { });
                    case "fundings" -> fundings = MAPPER.readValue(p, new TypeReference<List<ProjectFundingView>>() { });
                    case "preReviews" -> preReviews = MAPPER.readValue(p, new TypeReference<List<PreReviewView>>() { });
                    case "scopeYearMoney" -> money = MAPPER.readValue(p, new TypeReference<LinkedHashMap<String, Long>>() { });
                    default -> p.skipChildren();
                }
            }
            if (demands == null || p.currentToken() != JsonToken.START_ARRAY) {
                expect(p.currentToken(), JsonToken.END_OBJECT, p);
                if (p.nextToken() != null) throw new IOException("trailing content after the snapshot");
            }
        } catch (RuntimeException e) {
            // A view's constructor refusing a value, a wrong type: unreadable all the same.
            throw new IOException(e.getMessage(), e);
        }
        if (format == null || position == null || demands == null || projects == null || councils == null
                || meetings == null || notices == null || envelopes == null || fundings == null || preReviews == null
                || money == null) {
            throw new IOException("the snapshot lacks a part");
        }
        if (position < 0 || (position > 0) != (hash != null)) throw new IOException("bad position or hash");
        requireKeys(demands, DemandView::id);
        requireKeys(projects, ProjectView::id);
        requireKeys(councils, CouncilView::scopeId);
        requireKeys(meetings, MeetingView::id);
        requireKeys(notices, NoticeView::projectId);
        requireKeys(envelopes, EnvelopeView::id);
        requireKeys(fundings, ProjectFundingView::projectId);
        requireKeys(preReviews, PreReviewView::projectId);
        if (money.containsValue(null)) throw new IOException("a money entry without an amount");
        return new Decoded(format, hash, new Projections.State(position, demands, projects, councils, meetings, notices,
                envelopes, fundings, preReviews, money), rowsFromText);
    }

    // Restoring must not fail half-way: every view needs the key the projections file it under.
    private static <T> void requireKeys(List<T> views, java.util.function.Function<T, String> key) throws IOException {
        for (T v : views) {
            if (v == null || key.apply(v) == null) throw new IOException("a view without its id");
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
    }

    // The fold keeps each item's votes as an unmodifiable map; Jackson reads plain ones.
    private static List<MeetingView> frozenVotes(List<MeetingView> meetings) {
        List<MeetingView> out = new ArrayList<>(meetings.size());
        for (MeetingView m : meetings) {
            Map<String, Map<String, VoteChoice>> votes = new LinkedHashMap<>();
            m.votes().forEach((item, byMember) -> votes.put(item, Collections.unmodifiableMap(new LinkedHashMap<>(byMember))));
            out.add(new MeetingView(m.id(), m.scopeId(), m.title(), m.agenda(), m.members(), m.present(), votes, m.closed(),
                    m.minutes(), m.evidence(), m.decisions(), m.openedAt(), m.version()));
        }
        return out;
    }

    /**
     * Reads the demand rows straight from the text, the segments between raw line breaks in
     * parallel (on the replay's reader threads), each with a parser of its own: the array starts
     * where {@code p} stands and must end the document (the writer puts it last).
     *
     * @return the demands, or null when the rows cannot be read this way (another writer's layout,
     *         or damage); then {@code p} has not moved, and Jackson reads them or reports the damage
     */
    private static List<DemandView> readDemandRows(String payload, JsonParser p) {
        long offset = p.currentTokenLocation().getCharOffset();
        if (offset < 0 || offset >= payload.length() || payload.charAt((int) offset) != '[') return null;
        // The array's closing bracket: the last ']' before the document's closing '}'.
        int close = payload.lastIndexOf('}');
        int end = close < 0 ? -1 : payload.lastIndexOf(']', close);
        if (end <= offset || !payload.substring(close + 1).isBlank() || !payload.substring(end + 1, close).isBlank()) {
            return null;
        }
        List<int[]> segments = new ArrayList<>();
        int from = (int) offset + 1;
        for (int nl = payload.indexOf('\n', from); nl >= 0 && nl < end; nl = payload.indexOf('\n', nl + 1)) {
            segments.add(new int[] {from, nl});
            from = nl + 1;
        }
        segments.add(new int[] {from, end});
        // One contiguous group of segments per thread; this thread reads the first.
        int groups = Math.min(segments.size(), Projections.READERS);
        List<CompletableFuture<List<DemandView>>> others = new ArrayList<>();
        for (int g = 1; g < groups; g++) {
            List<int[]> mine = segments.subList(segments.size() * g / groups, segments.size() * (g + 1) / groups);
            others.add(CompletableFuture.supplyAsync(() -> readSegments(payload, mine, false), Projections.readers()));
        }
        List<DemandView> out = readSegments(payload, segments.subList(0, segments.size() / groups), true);
        for (CompletableFuture<List<DemandView>> f : others) {
            List<DemandView> part = f.join();
            if (out == null || part == null) out = null;
            else out.addAll(part);
        }
        return out;
    }

    /**
     * @param first whether the first segment opens the array (no comma before its first row)
     * @return the rows of the segments, or null when one is not a run of well-formed rows
     */
    private static List<DemandView> readSegments(String payload, List<int[]> segments, boolean first) {
        List<DemandView> out = new ArrayList<>();
        // Codes repeat across demands: keep one copy of each, as the fold does.
        String[] shared = new String[1024];
        char[] text = new char[0];
        try {
            for (int[] segment : segments) {
                // Each segment is parsed as an array of its own: "[" rows "]". A segment after a
                // line break begins with the comma that follows the previous segment's last row; a
                // placeholder element before it ("[0") keeps the text one array, and leaves the
                // parser to check that the comma is there.
                boolean opens = first && segment == segments.get(0);
                int head = opens ? 1 : 2;
                int length = head + (segment[1] - segment[0]) + 1;
                if (text.length < length) text = new char[length];
                text[0] = '[';
                text[1] = '0'; // overwritten by the segment when it opens the array
                payload.getChars(segment[0], segment[1], text, head);
                text[length - 1] = ']';
                try (JsonParser p = JSON.createParser(text, 0, length)) {
                    p.nextToken(); // the '['
                    if (!opens && p.nextToken() != JsonToken.VALUE_NUMBER_INT) return null;
                    JsonToken t;
                    while ((t = p.nextToken()) == JsonToken.START_ARRAY) out.add(readRow(p, shared));
                    if (t != JsonToken.END_ARRAY || p.nextToken() != null) return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return out;
    }

    private static List<DemandView> readDemands(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        List<DemandView> out = new ArrayList<>();
        // Codes repeat across demands: keep one copy of each, as the fold does.
        String[] shared = new String[1024];
        while (p.nextToken() == JsonToken.START_ARRAY) out.add(readRow(p, shared));
        expect(p.currentToken(), JsonToken.END_ARRAY, p);
        return out;
    }

    /**
     * @param p a parser at the row's opening bracket; left at its closing one
     * @param shared the codes read so far (see {@link #share})
     * @return the demand the row holds
     */
    private static DemandView readRow(JsonParser p, String[] shared) throws IOException {
        String id = text(p);
        long version = number(p);
        DemandState state = name(p, DemandState.class);
        Channel channel = name(p, Channel.class);
        String category = share(shared, text(p));
        String scopeId = share(shared, text(p));
        String title = text(p);
        String description = text(p);
        int beneficiaries = Math.toIntExact(number(p));
        String personKey = text(p);
        String submittedBy = share(shared, text(p));
        String projectId = text(p);
        String mergedInto = text(p);
        int satisfaction = Math.toIntExact(number(p));
        String submitted = text(p);
        String updated = text(p);
        if (p.nextToken() != JsonToken.END_ARRAY) throw new IOException("a demand row has more than " + DEMAND_FIELDS + " fields");
        Instant submittedAt = instant(submitted);
        Instant updatedAt = updated != null && updated.equals(submitted) ? submittedAt : instant(updated);
        return new DemandView(id, version, state, channel, category, scopeId, title, description, beneficiaries,
                personKey, submittedBy, projectId, mergedInto, satisfaction, submittedAt, updatedAt);
    }

    private static String share(String[] shared, String s) {
        if (s == null) return null;
        int slot = s.hashCode() & (shared.length - 1);
        String known = shared[slot];
        if (s.equals(known)) return known;
        shared[slot] = s;
        return s;
    }

    private static String text(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NULL) return null;
        expect(t, JsonToken.VALUE_STRING, p);
        return p.getText();
    }

    private static long number(JsonParser p) throws IOException {
        expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, p);
        return p.getLongValue();
    }

    private static <E extends Enum<E>> E name(JsonParser p, Class<E> type) throws IOException {
        String s = text(p);
        return s == null ? null : Enum.valueOf(type, s);
    }

    private static Instant instant(String s) {
        if (s == null) return null;
        Instant fast = RecordJson.parseUtcInstant(s);
        return fast != null ? fast : Instant.parse(s);
    }
}
