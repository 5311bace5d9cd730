package nrw.digitalisierungsdashboard.common.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FastReadsTest {

    @Test
    void shouldTellARefusedBrotliFromOneNotNamedOrAccepted() {
        assertTrue(FastReads.refusesBrotli("br;q=0, gzip"));
        assertTrue(FastReads.refusesBrotli("gzip, br ; q=0.0"));
        assertFalse(FastReads.refusesBrotli("gzip"));
        assertFalse(FastReads.refusesBrotli("gzip, deflate, br"));
        assertFalse(FastReads.refusesBrotli("br;q=0.5"));
    }
}
