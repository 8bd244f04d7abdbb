package org.tessera.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The rule for web addresses written in site.yml and dataset descriptions: http or https, nothing that runs. */
final class WebAddress {

    private WebAddress() {
    }

    static boolean isSafe(String address) {
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String explain(String what, String address) {
        return what + " must be a web address starting with https:// or http://, not \"" + address + "\"";
    }
}
