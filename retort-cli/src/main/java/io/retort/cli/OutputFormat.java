package io.retort.cli;

/** How a read-only command prints: for people, or as one JSON object for scripts and CI. */
enum OutputFormat { text, json }
