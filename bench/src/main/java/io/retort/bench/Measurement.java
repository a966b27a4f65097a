package io.retort.bench;

/**
 * One timed process: wall-clock seconds, the CPU seconds it used (user + system, children
 * included) and the peak resident set size GNU time reports. Wall minus CPU is time spent
 * waiting, mostly on the database.
 */
record Measurement(double wallSeconds, double cpuSeconds, long peakRssKiB) {

    double peakRssMiB() {
        return peakRssKiB / 1024.0;
    }
}
