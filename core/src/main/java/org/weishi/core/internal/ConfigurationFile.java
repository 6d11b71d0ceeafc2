package org.weishi.core.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.WeishiException;

/**
 * Reads the {@code plugins} block of a district's configuration file (JSON, or YAML for
 * {@code .yaml}/{@code .yml}):
 *
 * <pre>
 * plugins:
 *   &lt;plugin-id&gt;:
 *     enabled: true | false      # optional, default true
 *     config: { ... }            # optional, the plug-in's own settings
 * </pre>
 *
 * Every malformed entry is reported at once, with its path in the file. Other top-level keys
 * belong to other parts of the host and are ignored here.
 */
public final class ConfigurationFile {
    /** The file cannot be read or is not valid JSON/YAML. */
    public static final String UNREADABLE = "WS-CONFIG-004";
    /** The {@code plugins} block is malformed. */
    public static final String MALFORMED = "WS-CONFIG-005";

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private ConfigurationFile() {
    }

    /**
     * One plug-in's block.
     *
     * @param id the plug-in id
     * @param enabled {@code true}/{@code false}, or {@code null} when the block does not say
     * @param config its configuration, or {@code null} when the block has none
     */
    public record PluginSettings(String id, Boolean enabled, Map<String, Object> config) {
    }

    /**
     * @param file a JSON or YAML file
     * @return each plug-in's block, in file order
     * @throws WeishiException {@code WS-CONFIG-004} or {@code WS-CONFIG-005}
     */
    public static List<PluginSettings> read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (JacksonException e) {
            String why = e.getOriginalMessage();
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new WeishiException(UNREADABLE, LocalizedText.of(
                    "配置文件 " + name + " 无法解析" + where + "：" + why + "；请改正其 " + (mapper == YAML ? "YAML" : "JSON") + " 语法",
                    "configuration file " + name + " cannot be parsed" + where + ": " + why + ". Correct its "
                            + (mapper == YAML ? "YAML syntax" : "JSON syntax (a name not ending in .yaml or .yml is read as JSON)")), e);
        } catch (IOException e) {
            throw new WeishiException(UNREADABLE, LocalizedText.of(
                    "配置文件 " + file.toAbsolutePath() + " 无法读取（" + e + "）：请检查路径和权限",
                    "configuration file " + file.toAbsolutePath() + " cannot be read (" + e + "): check the path and permissions"), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) return List.of();
        List<String> problems = new ArrayList<>();
        List<PluginSettings> out = new ArrayList<>();
        if (!root.isObject()) {
            problems.add("(top level): must be an object with a 'plugins' key, found " + kind(root));
        } else {
            JsonNode plugins = root.get("plugins");
            if (plugins != null && !plugins.isNull() && !plugins.isObject()) {
                problems.add("plugins: must map plug-in ids to blocks, found " + kind(plugins));
            } else if (plugins != null && plugins.isObject()) {
                for (Map.Entry<String, JsonNode> e : plugins.properties()) readBlock(e.getKey(), e.getValue(), problems, out);
            }
        }
        if (!problems.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < problems.size(); i++) sb.append(' ').append(i + 1).append(") ").append(problems.get(i));
            throw new WeishiException(MALFORMED, LocalizedText.of(
                    "配置文件 " + name + " 的 plugins 部分有 " + problems.size() + " 个问题：" + sb,
                    "the plugins block of configuration file " + name + " has " + problems.size() + " problem(s):" + sb));
        }
        return List.copyOf(out);
    }

    private static void readBlock(String id, JsonNode block, List<String> problems, List<PluginSettings> out) {
        String path = "plugins." + id;
        int before = problems.size();
        try {
            PluginDescriptor.requireId(id);
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
        }
        if (block == null || block.isNull()) {
            if (problems.size() == before) out.add(new PluginSettings(id, null, null));
            return;
        }
        if (!block.isObject()) {
            problems.add(path + ": must be a block with 'enabled' and/or 'config', found " + kind(block));
            return;
        }
        Boolean enabled = null;
        Map<String, Object> config = null;
        for (Map.Entry<String, JsonNode> e : block.properties()) {
            switch (e.getKey()) {
                case "enabled" -> {
                    if (e.getValue().isBoolean()) enabled = e.getValue().booleanValue();
                    else problems.add(path + ".enabled: must be true or false, found " + kind(e.getValue()));
                }
                case "config" -> {
                    if (e.getValue().isObject()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> m = JSON.convertValue(e.getValue(), LinkedHashMap.class);
                        config = m;
                    } else if (!e.getValue().isNull()) {
                        problems.add(path + ".config: must be an object, found " + kind(e.getValue()));
                    }
                }
                default -> problems.add(path + "." + e.getKey() + ": unknown key; a plug-in's block holds only 'enabled' and"
                        + " 'config' (its own settings go under 'config')");
            }
        }
        if (problems.size() == before) out.add(new PluginSettings(id, enabled, config));
    }

    private static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case STRING -> "the text \"" + n.asText() + "\"";
            case NUMBER -> "the number " + n.asText();
            case BOOLEAN -> n.asText();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "nothing";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
