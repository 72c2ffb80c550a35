package com.salesdiag.engine.internal.ruleset;

import com.salesdiag.engine.rules.RuleFile;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The packaged ladder, compiled by the build. Compiling the DRL and the decision table takes Drools seconds of CPU
 * and loads its parser and a Java compiler (tens of megabytes of classes); a service starting on the packaged rules
 * need not pay that every time, since those rules cannot change without a new build. The build (rules-engine's
 * {@code process-classes}) compiles them once and stores Drools' compiled packages, with the version of the rule
 * files they came from; a start reads them back and builds the knowledge base from them.
 * <p>
 * Live reloads of an analyst's folder still compile DRL ({@link RulesetCompiler#compile}). The stored packages are
 * used only when they were compiled from the packaged rule files (same version), by the same Drools, against the
 * same fact-model classes ({@link ModelFingerprint}); otherwise the DRL is compiled as before, so a stale or
 * foreign file can cost time but never change an answer.
 */
public final class PrecompiledRuleset {

    /** Where the build puts the compiled ladder, beside the classes. */
    public static final String RESOURCE = "salesdiag/compiled/ladder.kbase";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledRuleset.class);
    private static final String FORMAT = "salesdiag-precompiled-ruleset/2";

    private PrecompiledRuleset() {
    }

    /** Build step: compiles the packaged ladder and writes it under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledRuleset <classes folder>");
        }
        List<RuleFile> files = RuleSource.fromClasspath();
        Ruleset ruleset = new RulesetCompiler().compile(files);
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            write(ruleset, out);
        }
        LOG.info("Packaged rules {} compiled into {} ({} bytes)", ruleset.version(), target, Files.size(target));
    }

    /**
     * Writes the compiled packages of {@code ruleset}, headed by its version, the Drools version and the
     * fingerprint of the fact model's classes it was compiled against.
     */
    public static void write(Ruleset ruleset, OutputStream out) throws IOException {
        write(ruleset, out, ModelFingerprint.of(PrecompiledRuleset.class.getClassLoader()));
    }

    static void write(Ruleset ruleset, OutputStream out, String modelFingerprint) throws IOException {
        ObjectOutputStream objects = new DroolsObjectOutputStream(out);
        objects.writeUTF(FORMAT);
        objects.writeUTF(droolsVersion());
        objects.writeUTF(ruleset.version());
        objects.writeUTF(modelFingerprint);
        objects.writeObject(new ArrayList<>(ruleset.kieBase().getKiePackages()));
        objects.flush();
    }

    /** The knowledge base stored on the classpath, when it was compiled from rule files of {@code version}. */
    static Optional<KieBase> readPackaged(String version) {
        ClassLoader loader = PrecompiledRuleset.class.getClassLoader();
        InputStream stored = loader.getResourceAsStream(RESOURCE);
        if (stored == null) {
            LOG.info("No precompiled rules on the classpath ({}): compiling the packaged DRL", RESOURCE);
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(stored)) {
            return read(in, version, loader);
        }  catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
            LOG.warn("Precompiled rules unreadable ({}): compiling the packaged DRL", unreadable.toString());
            return Optional.empty();
        }
    }

    /**
     * Reads what {@link #write} wrote; empty when it was written in another format, for other rule files, by
     * another Drools or against other fact-model classes than {@code loader} has.
     */
    public static Optional<KieBase> read(InputStream in, String version, ClassLoader loader)
            throws IOException, ClassNotFoundException {
        ObjectInputStream objects = new DroolsObjectInputStream(in, loader);
        String format = objects.readUTF();
        if (!FORMAT.equals(format)) {
            LOG.warn("Precompiled rules are in format {}, not {}: compiling the packaged DRL", format, FORMAT);
            return Optional.empty();
        }
        String drools = objects.readUTF();
        String storedVersion = objects.readUTF();
        String storedModel = objects.readUTF();
        String model = ModelFingerprint.of(loader);
        if (!droolsVersion().equals(drools) || !version.equals(storedVersion) || !model.equals(storedModel)) {
            LOG.warn("Precompiled rules are {} for Drools {} and fact model {}; the packaged rule files are {} on "
                            + "Drools {} and fact model {}: compiling the packaged DRL", storedVersion, drools,
                    storedModel, version, droolsVersion(), model);
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                KieServices.Factory.get().newKieBaseConfiguration(null, loader));
        kieBase.addPackages(packages);
        return Optional.of(kieBase);
    }

    private static String droolsVersion() {
        String version = KieBase.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
