package io.retort.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class-load log and the JFR recording a probe asks a JVM for can be read back. */
class ProbeLogsTest {

    @TempDir
    Path temp;

    @Test
    void classOriginsNameTheJarOrTheJdkPart() {
        assertThat(ClassLoadLog.origin("shared objects file")).isEqualTo("JDK (CDS archive)");
        assertThat(ClassLoadLog.origin("jrt:/java.sql")).isEqualTo("JDK (java.sql)");
        assertThat(ClassLoadLog.origin("jrt:/jdk.compiler")).isEqualTo("javac (jdk.compiler)");
        assertThat(ClassLoadLog.origin("file:/repo/retort-cli/target/lib/jackson-databind-2.23.0.jar")).isEqualTo("jackson-databind");
        assertThat(ClassLoadLog.origin("jar:file:/x/retort-core-0.1.0-SNAPSHOT.jar!/")).isEqualTo("retort-core");
        assertThat(ClassLoadLog.origin("__JVM_LookupDefineClass__")).isEqualTo("defined at run time");
    }

    @Test
    void aJvmStartedWithBothOptionsLeavesReadableLogs() {
        InstalledPrograms.assumeGnuTime();
        Path classes = temp.resolve("classes.log");
        Path jfr = temp.resolve("run.jfr");
        Invocation empty = new Invocation("empty", JavaCommand.current().main(EmptyMain.class))
                .withEnvironment("JAVA_TOOL_OPTIONS", ClassLoadLog.option(classes) + " " + CpuProfile.option(jfr));

        new TimedProcess(temp, temp.resolve("probe.log"), Duration.ofMinutes(1)).run(empty);

        ClassLoadLog loaded = ClassLoadLog.read(classes);
        assertThat(loaded.total()).isGreaterThan(100);
        assertThat(loaded.byOrigin()).containsKey("JDK (CDS archive)");
        assertThat(loaded.summary(2)).matches("[\\d,]+ classes: .+");
        assertThat(CpuProfile.read(jfr).summary()).contains("execution samples", "GC pauses");
    }

    @Test
    void cpuSharesAreListedLargestFirst() {
        CpuProfile profile = new CpuProfile(java.util.Map.of("javac", 60, "pgjdbc", 30, "JDK", 10), 100, 40, Duration.ofMillis(250));

        assertThat(profile.summary()).isEqualTo("100 JFR execution samples: javac 60%, pgjdbc 30%, JDK 10%; 40 samples in native code (waiting, mostly on the database); GC pauses 0.25 s");
    }
}
