package org.weishi.core.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.weishi.core.Problem;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.PluginContext;
import org.weishi.spi.PluginDescriptor;
import org.weishi.spi.WeishiException;

/** The context handed to each plug-in: its configuration block, the clock, a logger. */
final class DefaultPluginContext implements PluginContext {
    // A misspelt key must not be silently ignored in a district's configuration.
    private static final ObjectMapper STRICT = Json.MAPPER.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final PluginDescriptor descriptor;
    private final Map<String, Object> raw;
    private final Clock clock;
    private final CommandValidator validator;

    DefaultPluginContext(PluginDescriptor descriptor, Map<String, Object> raw, Clock clock, CommandValidator validator) {
        this.descriptor = descriptor;
        this.raw = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
        this.clock = clock;
        this.validator = validator;
    }

    @Override
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Map<String, Object> rawConfig() {
        return raw;
    }

    @Override
    public <T> T config(Class<T> type) {
        T value;
        try {
            value = STRICT.convertValue(raw, type);
        } catch (IllegalArgumentException e) {
            String where = "plugins." + descriptor.id() + ".config";
            String why = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            if (e.getCause() instanceof JsonMappingException jme) {
                StringBuilder path = new StringBuilder(where);
                for (JsonMappingException.Reference r : jme.getPath()) {
                    if (r.getFieldName() != null) path.append('.').append(r.getFieldName());
                    else if (r.getIndex() >= 0) path.append('[').append(r.getIndex()).append(']');
                }
                where = path.toString();
                why = jme.getOriginalMessage().lines().findFirst().orElse("");
            }
            throw new WeishiException("WS-PLUGIN-009", LocalizedText.of(
                    "插件 '" + descriptor.id() + "' 的配置无法读取：" + where + "：" + why,
                    "configuration of plug-in '" + descriptor.id() + "' cannot be read: " + where + ": " + why), e);
        }
        if (value == null) value = Json.MAPPER.convertValue(Map.of(), type);
        List<Problem> problems;
        try {
            problems = validator.validate(value, "plugins." + descriptor.id() + ".config");
        } catch (RuntimeException e) {
            // Typically InaccessibleObjectException: the record's package is not opened to the validator.
            String pkg = type.getPackageName();
            throw new WeishiException("WS-PLUGIN-009", LocalizedText.of(
                    "插件 '" + descriptor.id() + "' 的配置类 " + type.getName() + " 无法校验：请在其 module-info 中加入 opens " + pkg
                            + " to org.hibernate.validator;",
                    "configuration record " + type.getName() + " of plug-in '" + descriptor.id()
                            + "' cannot be validated: add 'opens " + pkg + " to org.hibernate.validator;' to its module-info"), e);
        }
        if (!problems.isEmpty()) {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            int i = 0;
            for (Problem p : problems) {
                i++;
                zh.append(' ').append(i).append(") ").append(p.field()).append("：").append(p.message().zh());
                en.append(' ').append(i).append(") ").append(p.field()).append(": ").append(p.message().en());
            }
            throw new WeishiException("WS-PLUGIN-009", LocalizedText.of(
                    "插件 '" + descriptor.id() + "' 的配置有 " + problems.size() + " 个问题：" + zh,
                    "configuration of plug-in '" + descriptor.id() + "' has " + problems.size() + " problem(s):" + en));
        }
        return value;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("weishi.plugin." + descriptor.id());
    }
}
