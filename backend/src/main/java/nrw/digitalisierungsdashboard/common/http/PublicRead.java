package nrw.digitalisierungsdashboard.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET whose answer depends only on the data and the request URI, never on who asks: shared caches may keep it
 * ({@code Cache-Control: public}) and the read cache serves it as bytes until the next write.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {}
