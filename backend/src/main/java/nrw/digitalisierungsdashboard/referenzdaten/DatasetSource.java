package nrw.digitalisierungsdashboard.referenzdaten;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the reference datasets are read from: the packaged classpath, or a directory (tests, operators). */
@FunctionalInterface
public interface DatasetSource {

    /** @return the file's bytes, or {@code null} when the file does not exist */
    byte[] read(String dataset, String file);

    static DatasetSource classpath(String root) {
        return (dataset, file) -> {
            String path = root + "/" + dataset + "/" + file;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static DatasetSource directory(Path root) {
        return (dataset, file) -> {
            Path path = root.resolve(dataset).resolve(file);
            try {
                return Files.exists(path) ? Files.readAllBytes(path) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** Reads from {@code override} where it has the file, otherwise from {@code fallback}. */
    default DatasetSource overriddenBy(DatasetSource override) {
        return (dataset, file) -> {
            byte[] bytes = override.read(dataset, file);
            return bytes != null ? bytes : read(dataset, file);
        };
    }
}
