package nrw.digitalisierungsdashboard.common;

/**
 * A value with the version of what it was read from, which is its ETag. {@code created}: the write made it rather
 * than changed it (201 instead of 200). No version: nothing is stored yet, so there is no ETag either.
 */
public record Versioned<T>(T value, Long version, boolean created) {

    public static <T> Versioned<T> of(T value, long version) {
        return new Versioned<>(value, version, false);
    }

    public static <T> Versioned<T> created(T value, long version) {
        return new Versioned<>(value, version, true);
    }
}
