package org.weishi.core.internal;

import static org.weishi.core.internal.PluginCodes.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.weishi.spi.LocalizedText;
import org.weishi.spi.WeishiException;

/**
 * Lists what a plug-in directory holds. Each entry is one plug-in candidate: a jar, a folder whose
 * jars (the plug-in and its libraries, searched two levels deep) share one layer, or a file that
 * is neither, which is reported rather than skipped so a mistyped copy does not go unnoticed.
 * Hidden entries (names starting with a dot) are ignored.
 */
final class PluginFinder {

    private PluginFinder() {
    }

    /**
     * One candidate found in the directory.
     *
     * @param source the entry's file name, with a trailing {@code /} for a folder
     * @param jars the jars that make up the plug-in; empty when the entry is not a jar
     * @param folder whether the entry is a folder
     */
    record Candidate(String source, List<Path> jars, boolean folder) {
    }

    /**
     * @param dir the plug-in directory
     * @return its candidates, sorted by name
     * @throws WeishiException (WS-PLUGIN-016) when the directory is missing or unreadable
     */
    static List<Candidate> scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new WeishiException(BAD_DIRECTORY, LocalizedText.of(
                    "插件目录 " + dir.toAbsolutePath() + " 不存在或不是目录：请创建该目录并放入插件 jar，或改正路径",
                    "plug-in directory " + dir.toAbsolutePath() + " does not exist or is not a directory: create it and put"
                            + " plug-in jars in it, or correct the path"));
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new WeishiException(BAD_DIRECTORY, LocalizedText.of(
                    "插件目录 " + dir.toAbsolutePath() + " 无法读取（" + e + "）：请检查权限",
                    "plug-in directory " + dir.toAbsolutePath() + " cannot be read (" + e + "): check its permissions"), e);
        }
        List<Candidate> out = new ArrayList<>();
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                out.add(new Candidate(name + "/", jarsIn(p), true));
            } else if (isJarName(name)) {
                out.add(new Candidate(name, List.of(p), false));
            } else {
                out.add(new Candidate(name, List.of(), false));
            }
        }
        return out;
    }

    private static List<Path> jarsIn(Path folder) {
        try (Stream<Path> s = Files.walk(folder, 2)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> isJarName(p.getFileName().toString()) && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isJarName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".jar");
    }
}
