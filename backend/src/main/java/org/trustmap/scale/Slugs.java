package org.trustmap.scale;

import java.text.Normalizer;

/** Turns names into the slugs of ids: "St Mary's C of E Primary" becomes st-marys-c-of-e-primary. */
final class Slugs {

    private Slugs() {
    }

    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("'", "");
        StringBuilder out = new StringBuilder();
        for (char c : plain.toLowerCase().toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                out.append(c);
            }
            else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int end = Math.min(out.length(), 80);
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /** The slug of an id: partnership:e07000084-lcp gives e07000084-lcp. */
    static String local(String id) {
        return id.substring(id.indexOf(':') + 1);
    }
}
