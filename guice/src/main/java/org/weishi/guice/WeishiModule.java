package org.weishi.guice;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.weishi.core.Weishi;
import org.weishi.core.WeishiBuilder;
import org.weishi.core.district.DistrictConfig;
import org.weishi.spi.DistrictPlugin;
import org.weishi.spi.approval.ApprovalRule;
import org.weishi.spi.notify.Notifier;

/**
 * Binds {@link Weishi} as a singleton for a Guice host. Plug-ins, approval rules and notifiers
 * are gathered with multibinders, so any module of the host can contribute one:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *     new WeishiModule(districtConfig),
 *     new AbstractModule() {
 *         @Override protected void configure() {
 *             WeishiModule.plugins(binder()).addBinding().toInstance(new MemoryStoragePlugin());
 *             WeishiModule.approvalRules(binder()).addBinding().to(MyDistrictRule.class);
 *         }
 *     });
 * Weishi weishi = injector.getInstance(Weishi.class);
 * }</pre>
 *
 * Objects contributed this way are built by the injector (constructor injection works for
 * rules and notifiers). The host closes the engine ({@link Weishi#close()}) at shutdown.
 */
public final class WeishiModule extends AbstractModule {
    private final DistrictConfig district;
    private final Consumer<WeishiBuilder> customizer;

    /** @param district the district configuration */
    public WeishiModule(DistrictConfig district) {
        this(district, b -> { });
    }

    /**
     * @param district the district configuration
     * @param customizer further builder settings (plug-in policy, configuration, discovery …)
     */
    public WeishiModule(DistrictConfig district, Consumer<WeishiBuilder> customizer) {
        this.district = Objects.requireNonNull(district, "district");
        this.customizer = Objects.requireNonNull(customizer, "customizer");
    }

    /**
     * @param binder a module's binder
     * @return the set binder for plug-ins
     */
    public static Multibinder<DistrictPlugin> plugins(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, DistrictPlugin.class);
    }

    /**
     * @param binder a module's binder
     * @return the set binder for approval rules used beside the plug-ins' rules
     */
    public static Multibinder<ApprovalRule> approvalRules(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, ApprovalRule.class);
    }

    /**
     * @param binder a module's binder
     * @return the set binder for notifiers used beside the plug-ins' notifiers
     */
    public static Multibinder<Notifier> notifiers(com.google.inject.Binder binder) {
        return Multibinder.newSetBinder(binder, Notifier.class);
    }

    @Override
    protected void configure() {
        // Declare the sets so they exist even when nothing contributes to them.
        plugins(binder());
        approvalRules(binder());
        notifiers(binder());
    }

    @Provides
    @Singleton
    Weishi weishi(Set<DistrictPlugin> plugins, Set<ApprovalRule> rules, Set<Notifier> notifiers, Clock clock) {
        WeishiBuilder b = Weishi.builder().district(district).clock(clock);
        plugins.forEach(b::install);
        rules.forEach(b::approvalRule);
        notifiers.forEach(b::notifier);
        customizer.accept(b);
        return b.build();
    }

    @Provides
    @Singleton
    DistrictConfig districtConfig() {
        return district;
    }

    /** The clock; override by binding {@code Clock} in a module installed with {@code Modules.override}. */
    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
