package io.retort.bench;

/** One timed process: wall-clock seconds and the peak resident set size GNU time reports. */
record Measurement(double wallSeconds, long peakRssKiB) {

    double peakRssMiB() {
        return peakRssKiB / 1024.0;
    }
}
