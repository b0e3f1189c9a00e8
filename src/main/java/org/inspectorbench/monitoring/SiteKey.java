package org.inspectorbench.monitoring;

import java.util.Locale;

/**
 * The site a log row is about: the URL as written, with the scheme and host in lower case and a bare
 * trailing "/" removed, so that "http://www.my.gov.cn/" and "HTTP://www.my.gov.cn" are one site.
 */
final class SiteKey {

    private SiteKey() {
    }

    static String of(String url) {
        String u = url.strip();
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return u;
        }
        int pathStart = u.indexOf('/', scheme + 3);
        String head = (pathStart < 0 ? u : u.substring(0, pathStart)).toLowerCase(Locale.ROOT);
        String path = pathStart < 0 ? "" : u.substring(pathStart);
        return path.equals("/") ? head : head + path;
    }
}
