package io.retort;

import java.util.function.Supplier;

/** A value made when first asked for, then kept: a DataSource's URL costs a connection to read. */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    OnFirstUse(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
