package nrw.digitalisierungsdashboard.common.http;

import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.List;
import nrw.digitalisierungsdashboard.common.Page;

/** RFC 8288 links between the pages of a collection, on the request's own URI with only {@code page} changed. */
final class Links {

    private Links() {}

    static String of(HttpServerRequest request, Page<?> page) {
        int size = Math.max(1, page.size());
        long last = page.total() == 0 ? 0 : (page.total() - 1) / size;
        String path = request.path();
        List<String> others = new ArrayList<>();
        String query = request.query();
        if (query != null && !query.isEmpty()) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("page=") && !part.equals("page")) {
                    others.add(part);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        link(b, path, others, 0, "first");
        if (page.page() > 0) {
            link(b, path, others, Math.min(page.page() - 1, last), "prev");
        }
        if (page.page() < last) {
            link(b, path, others, page.page() + 1, "next");
        }
        link(b, path, others, last, "last");
        return b.toString();
    }

    private static void link(StringBuilder b, String path, List<String> others, long page, String rel) {
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append('<').append(path).append('?');
        for (String p : others) {
            b.append(p).append('&');
        }
        b.append("page=").append(page).append(">; rel=\"").append(rel).append('"');
    }
}
