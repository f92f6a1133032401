package io.github.camelcallfire.benchmarks;

/** The measured iterations of one contender: rate, CPU time per unit and allocated bytes per unit. */
record Figures(Samples rate, Samples cpuMicros, Samples bytes) {

    Figures() {
        this(new Samples(), new Samples(), new Samples());
    }

    void add(Measured measured) {
        rate.add(measured.rate());
        cpuMicros.add(measured.cpuMicrosPerUnit());
        bytes.add(measured.bytesPerUnit());
    }
}
