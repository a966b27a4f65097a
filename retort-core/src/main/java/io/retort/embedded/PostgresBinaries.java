package io.retort.embedded;

import java.nio.file.Path;

/** Unpacked PostgreSQL programs: {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres} under {@code home}. */
record PostgresBinaries(Path home, String version) {

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }
}
