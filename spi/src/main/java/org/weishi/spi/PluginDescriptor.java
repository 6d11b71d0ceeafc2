package org.weishi.spi;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a plug-in is: id, version, the core versions it needs, its dependencies and capabilities.
 *
 * @param id stable id: lowercase letters, digits and dashes, e.g. {@code storage-memory}
 * @param version the plug-in's version
 * @param requires the core versions it was built against
 * @param dependencies other plug-ins it needs
 * @param provides capabilities it provides
 * @param description one line on what it does
 * @param vendor who ships it
 * @param license its licence
 * @param priority higher wins when two plug-ins offer the same single capability
 */
public record PluginDescriptor(String id, Version version, VersionRange requires,
                               List<PluginDependency> dependencies, Set<Capability> provides,
                               String description, String vendor, String license, int priority) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Validates and copies. */
    public PluginDescriptor {
        requireId(id);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(requires, "requires");
        dependencies = List.copyOf(dependencies);
        provides = provides.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(provides));
        description = description == null ? "" : description;
        vendor = vendor == null ? "" : vendor;
        license = license == null ? "" : license;
    }

    /**
     * @param id candidate id
     * @return the id
     * @throws IllegalArgumentException naming the value when it is not a valid id
     */
    public static String requireId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plug-in id '" + id
                    + "' must be lowercase letters and digits separated by single dashes, e.g. 'doumen-rules'");
        }
        return id;
    }

    /**
     * Reads the descriptor from a class's {@link PluginManifest} without instantiating it.
     *
     * @param type the plug-in class
     * @return the descriptor
     * @throws IllegalArgumentException when the class has no manifest or it is malformed
     */
    public static PluginDescriptor of(Class<?> type) {
        PluginManifest m = type.getAnnotation(PluginManifest.class);
        if (m == null) {
            throw new IllegalArgumentException(type.getName() + " has no @PluginManifest annotation");
        }
        return new PluginDescriptor(m.id(), Version.parse(m.version()), VersionRange.parse(m.requires()),
                Arrays.stream(m.dependencies()).map(PluginDependency::parse).toList(),
                m.provides().length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(m.provides())),
                m.description(), m.vendor(), m.license(), m.priority());
    }

    @Override
    public String toString() {
        return "'" + id + "' " + version;
    }
}
