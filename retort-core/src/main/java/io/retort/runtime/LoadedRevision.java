package io.retort.runtime;

import io.retort.Migration;

/** A revision ready to run: its migration instance and what the history table records of it. */
record LoadedRevision(String id, Migration migration, String checksum, boolean transactional, String origin) {}
