package org.weishi.core;

import java.util.List;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/**
 * Plug-ins could not be resolved or started under {@link PluginPolicy#FAIL_FAST}; the message
 * lists every problem, numbered, each with its code, the plug-in (id, version, jar) and what to
 * do, and ends with the count. {@link #code()} is the first problem's code.
 */
public class PluginException extends WeishiException {
    private static final long serialVersionUID = 1L;
    private final List<PluginInfo> failed;

    /**
     * @param failed the plug-ins that failed, each with its problem
     */
    public PluginException(List<PluginInfo> failed) {
        super(failed.isEmpty() || failed.get(0).code().isEmpty() ? "WS-PLUGIN-000" : failed.get(0).code(), text(failed));
        this.failed = List.copyOf(failed);
    }

    /** @return the failed plug-ins */
    public List<PluginInfo> failed() {
        return failed;
    }

    private static LocalizedText text(List<PluginInfo> failed) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (PluginInfo p : failed) sb.append('\n').append(++i).append(") ").append(p.problem());
        sb.append('\n').append(failed.size()).append(failed.size() == 1 ? " plug-in error" : " plug-in errors");
        return LocalizedText.of("插件无法加载：" + sb, "plug-ins could not be loaded:" + sb);
    }
}
