package org.scrutiny.opendata.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.scrutiny.opendata.OParlType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses of the API's objects and lists, and of the site's pages, in full. */
@Component
public class OParlAddresses {

    /** Where the API is, under the site. */
    public static final String BASE = OParlType.BASE;

    private final String site;

    OParlAddresses(@Value("${scrutiny.public-url}") String publicUrl) {
        this.site = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String of(OParlType type, String key) {
        return site + BASE + "/" + type.segment() + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** The list of every object of a type. */
    public String list(OParlType type) {
        return site + BASE + "/" + type.segment();
    }

    public String system() {
        return site + BASE + "/system";
    }

    public String page(String path) {
        return site + path;
    }

    public String site() {
        return site;
    }
}
