package org.weishi.core;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.weishi.spi.DistrictPlugin;

/**
 * Builds a real modular plug-in jar during a test, as pf4j's {@code PluginJar} test helper does
 * with a manifest: sources (module-info included) are compiled with {@code javax.tools} against
 * the spi module, then written into a jar with {@code java.util.jar}.
 *
 * <pre>{@code
 * Path jar = TestPluginJar.module("org.example.good").version("1.0.0")
 *         .source("org/example/good/Good.java", "...")
 *         .moduleInfo("module org.example.good { requires org.weishi.spi; provides ... }")
 *         .writeTo(dir.resolve("good.jar"));
 * }</pre>
 */
final class TestPluginJar {
    private final String moduleName;
    private String version;
    private String moduleInfo;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> outsideSources = new LinkedHashMap<>();
    private final Map<String, String> resources = new LinkedHashMap<>();
    private final List<String> omitted = new ArrayList<>();
    private final List<Path> modulePath = new ArrayList<>();

    private TestPluginJar(String moduleName) {
        this.moduleName = moduleName;
        this.modulePath.add(locationOf(DistrictPlugin.class));
    }

    static TestPluginJar module(String moduleName) {
        return new TestPluginJar(moduleName);
    }

    /** Where the jar (or classes folder) that defines a type is: the spi's, or a library's. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    TestPluginJar version(String v) {
        this.version = v;
        return this;
    }

    TestPluginJar moduleInfo(String text) {
        this.moduleInfo = text;
        return this;
    }

    /** A source of the module, by its path ({@code org/example/Foo.java}). */
    TestPluginJar source(String path, String text) {
        sources.put(path, text);
        return this;
    }

    /**
     * A source compiled outside the module (javac refuses a split package inside one) and added to
     * the jar all the same: how a careless build ends up shipping a copy of {@code org.weishi.spi}.
     */
    TestPluginJar sourceOutsideModule(String path, String text) {
        outsideSources.put(path, text);
        return this;
    }

    /** A resource copied into the jar as is, e.g. {@code META-INF/services/...}. */
    TestPluginJar resource(String path, String text) {
        resources.put(path, text);
        return this;
    }

    /** Leaves a compiled class out of the jar, as a broken build would ({@code org/example/Foo.class}). */
    TestPluginJar omit(String classFile) {
        omitted.add(classFile);
        return this;
    }

    /** A module or jar the sources need at compile time (it need not be deployed). */
    TestPluginJar compileAgainst(Path jarOrDir) {
        modulePath.add(jarOrDir);
        return this;
    }

    Path writeTo(Path jar) {
        try {
            Path work = Files.createTempDirectory("plugin-src-" + moduleName);
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> files = new ArrayList<>();
            if (moduleInfo != null) files.add(write(src, "module-info.java", moduleInfo).toString());
            for (var e : sources.entrySet()) files.add(write(src, e.getKey(), e.getValue()).toString());
            // Without a module-info the sources compile as a plain (later automatic) jar, against a class path.
            List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none", "-nowarn",
                    "--release", "17", moduleInfo != null ? "--module-path" : "-classpath", join(modulePath)));
            if (version != null && moduleInfo != null) options.addAll(List.of("--module-version", version));
            compile(options, files);
            if (!outsideSources.isEmpty()) {
                Path outSrc = work.resolve("outside");
                List<String> outFiles = new ArrayList<>();
                for (var e : outsideSources.entrySet()) outFiles.add(write(outSrc, e.getKey(), e.getValue()).toString());
                // A separate output folder: javac would take module-info.class in -d as the module being compiled.
                Path outClasses = work.resolve("outside-classes");
                compile(List.of("-d", outClasses.toString(), "-proc:none", "-nowarn", "--release", "17",
                        "-classpath", join(modulePath)), outFiles);
                try (Stream<Path> walk = Files.walk(outClasses)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        Path target = classes.resolve(outClasses.relativize(f).toString());
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                }
            }
            for (var e : resources.entrySet()) write(classes, e.getKey(), e.getValue());
            for (String f : omitted) Files.delete(classes.resolve(f));
            jar(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Path write(Path root, String path, String text) throws IOException {
        Path f = root.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static void compile(List<String> options, List<String> files) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(options);
        args.addAll(files);
        boolean ok = javac.getTask(out, null, null, args.subList(0, options.size()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(files)).call();
        if (!ok) throw new IllegalStateException("test plug-in does not compile:\n" + out);
    }

    private static void jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.toAbsolutePath().getParent());
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, mf);
             Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
    }
}
