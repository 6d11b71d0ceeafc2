package org.weishi.core.internal;

import static org.weishi.core.internal.PluginCodes.*;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipException;

/**
 * Builds one {@link ModuleLayer} for one plug-in (a jar, or a folder holding a plug-in jar and its
 * libraries) whose parent is the core's layer, and turns what the JDK throws when that fails into a
 * problem a district IT officer can act on. One layer per plug-in keeps a broken jar from taking the
 * good ones down (the approach of Layrry's {@code LayersImpl}).
 */
final class PluginLayers {

    private static final Pattern NOT_FOUND = Pattern.compile("[Mm]odule (\\S+) not found, required by (\\S+)");
    private static final Pattern PACKAGE = Pattern.compile("[Pp]ackage ([\\w.$]+)");

    private PluginLayers() {
    }

    /** What building one plug-in's layer gave. */
    sealed interface Outcome permits Built, Broken {
    }

    /**
     * A layer that was built.
     *
     * @param layer the layer
     * @param modules names of the modules defined in it
     * @param version the module's version when there is one module and its jar says it, else {@code ?}
     */
    record Built(ModuleLayer layer, Set<String> modules, String version) implements Outcome {
    }

    /**
     * A plug-in that cannot get a layer.
     *
     * @param code stable error code
     * @param version the module's version when its jar says it, else {@code ?}
     * @param message what failed, why, and what to do (without the code)
     * @param cause what the JDK threw
     */
    record Broken(String code, String version, String message, Throwable cause) implements Outcome {
    }

    /**
     * The layer plug-in layers hang under: the layer of the core's own module, or the boot layer
     * when the core runs on the class path.
     *
     * @return the parent layer
     */
    static ModuleLayer parent() {
        ModuleLayer own = PluginLayers.class.getModule().getLayer();
        return own != null ? own : ModuleLayer.boot();
    }

    /**
     * @param jars the plug-in's jar and its libraries (at least one)
     * @param source the jar's or folder's file name, for messages
     * @param parent the parent layer
     * @return the layer, or why there is none
     */
    static Outcome build(List<Path> jars, String source, ModuleLayer parent) {
        for (Path jar : jars) {
            // Open it ourselves first: the JDK's own message for a corrupt jar is "Error reading module".
            try (JarFile file = new JarFile(jar.toFile())) {
                file.getManifest();
            } catch (ZipException e) {
                return new Broken(NOT_A_JAR, "?", describe(source, jar) + " is not a jar: it cannot be read as a zip file ("
                        + e.getMessage() + "). Replace it with the plug-in's real jar, or remove it from the plug-in directory.", e);
            } catch (IOException e) {
                return new Broken(NOT_A_JAR, "?", describe(source, jar) + " cannot be read (" + e
                        + "). Check the file's permissions and that it is a complete copy.", e);
            }
        }
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<ModuleReference> found;
        try {
            found = finder.findAll();
        } catch (FindException | SecurityException | IllegalArgumentException e) {
            return new Broken(e.getCause() instanceof IOException ? NOT_A_JAR : BAD_MODULE, "?", describe(source, null)
                    + " is not a usable module: " + chain(e) + ". Rebuild the jar with a valid module-info.class"
                    + " (or, for a library without one, a file name from which a module name can be derived).", e);
        }
        Set<String> roots = found.stream().map(r -> r.descriptor().name()).collect(Collectors.toCollection(TreeSet::new));
        String version = found.size() == 1
                ? found.iterator().next().descriptor().rawVersion().orElse("?") : "?";
        String modules = "module" + (roots.size() == 1 ? " " : "s ") + String.join(", ", roots);
        try {
            Configuration cf = parent.configuration().resolveAndBind(finder, ModuleFinder.of(), roots);
            ModuleLayer layer = parent.defineModulesWithOneLoader(cf, PluginLayers.class.getClassLoader());
            return new Built(layer, roots, version);
        } catch (FindException e) {
            Matcher m = NOT_FOUND.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                String missing = m.group(1);
                if (missing.startsWith("java.") || missing.startsWith("jdk.")) {
                    // JDK modules cannot be defined in a plug-in layer; only the host's launch can add them.
                    return new Broken(MISSING_MODULE, version, describe(source, null) + " (" + modules + ") cannot be loaded: JDK"
                            + " module '" + missing + "' not found, required by '" + m.group(2) + "': the host was launched"
                            + " without it. Add '--add-modules " + missing + "' (or ALL-SYSTEM) to the host's java command.", e);
                }
                return new Broken(MISSING_MODULE, version, describe(source, null) + " (" + modules + ") cannot be loaded: module '"
                        + missing + "' not found, required by '" + m.group(2) + "'. Put the jar of module '" + missing
                        + "' in a folder together with the plug-in jar (plug-in directory/<folder>/), or install a build of the"
                        + " plug-in that does not need it.", e);
            }
            return new Broken(BAD_MODULE, version, describe(source, null) + " (" + modules + ") cannot be loaded: " + chain(e)
                    + ". Check the plug-in's module-info.", e);
        } catch (ResolutionException | LayerInstantiationException e) {
            Matcher m = PACKAGE.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                String pkg = m.group(1);
                return new Broken(SPLIT_PACKAGE, version, describe(source, null) + " (" + modules + ") cannot be loaded: split package '"
                        + pkg + "' (" + e.getMessage() + "). A plug-in must not contain classes in a package that spi, the core,"
                        + " or another module of the same plug-in already has: move them to a package of the plug-in's own, or"
                        + " remove the duplicate library.", e);
            }
            return new Broken(BAD_MODULE, version, describe(source, null) + " (" + modules + ") cannot be loaded: " + e.getMessage()
                    + ". Check the plug-in's module-info.", e);
        } catch (RuntimeException e) {
            // Anything else the JDK may throw for a strange jar (SecurityException, an invalid descriptor that slipped
            // through): still one FAILED row for this file, never a crash of the host.
            return new Broken(BAD_MODULE, version, describe(source, null) + " (" + modules + ") cannot be loaded: " + e
                    + ". Check the plug-in's module-info.", e);
        }
    }

    private static String describe(String source, Path jar) {
        boolean folder = source.endsWith("/");
        if (jar == null || !folder) return (folder ? "plug-in folder " : "plug-in file ") + source;
        return "plug-in folder " + source + ": " + jar.getFileName();
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) sb.append(": ").append(c.getMessage());
        return sb.toString();
    }
}
