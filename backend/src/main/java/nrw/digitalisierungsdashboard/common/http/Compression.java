package nrw.digitalisierungsdashboard.common.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/** Pre-compression of cached answers, once per answer and generation, in the background. */
final class Compression {

    /** Below this, compression saves less than its headers cost. */
    static final int MIN_BYTES = 1024;

    private static final Logger LOG = Logger.getLogger(Compression.class);
    private static final boolean BROTLI = loadBrotli();

    private Compression() {}

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(6);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Brotli where its native library loads on this platform, else null (the answer goes out as gzip). */
    static byte[] brotli(byte[] body) {
        if (!BROTLI) {
            return null;
        }
        try {
            return Encoder.compress(body, new Encoder.Parameters().setQuality(6));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static boolean brotliAvailable() {
        return BROTLI;
    }

    private static boolean loadBrotli() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) {
            LOG.infof("Brotli nicht verfügbar (%s); Antworten gehen gzip-komprimiert", e.getMessage());
            return false;
        }
    }
}
