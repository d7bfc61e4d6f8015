package jp.kijun.facts;

import java.util.concurrent.atomic.AtomicInteger;

/** A class that counts every time it is initialised or constructed: a YAML tag naming it must do neither. */
public final class TagCanary {

    /** Initialisations and constructions so far; kept outside the class so that reading it does not initialise it. */
    static final class Sightings {
        static final AtomicInteger COUNT = new AtomicInteger();
    }

    static {
        Sightings.COUNT.incrementAndGet();
    }

    public TagCanary() {
        Sightings.COUNT.incrementAndGet();
    }

    public TagCanary(String value) {
        Sightings.COUNT.incrementAndGet();
    }
}
