package nrw.digitalisierungsdashboard.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The envelope of every collection: the items of one page, the total over all pages, page and size. */
public record Page<T>(
        @Schema(required = true) List<T> items,

        @Schema(description = "Anzahl aller Treffer über alle Seiten", required = true)
        long total,

        @Schema(description = "Seite, beginnend bei 0", required = true)
        int page,

        @Schema(description = "Einträge je Seite", required = true)
        int size) {

    public static <T> Page<T> of(List<T> items, long total, PageRequest request) {
        return new Page<>(items, total, request.page(), request.size());
    }

    /** A whole small list served as one page, after checking the requested page and size. */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        int to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList(from, to), all.size(), request.page(), request.size());
    }
}
