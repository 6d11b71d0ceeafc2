package org.weishi.plugins.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JDBC URL handling: secrets taken out before a URL reaches a driver, a log or a message. */
public final class Urls {
    // password=… in a PostgreSQL query string (&) or an H2 setting list (;), any case.
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)([^&;]*)");
    private static final Pattern USER_PARAM = Pattern.compile("(?i)([?&;]user=)([^&;]*)");
    private static final Pattern CREDENTIAL_PARAM = Pattern.compile("(?i)([?&;])(?:user|password)=[^&;]*");
    // scheme://user:secret@host
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@?;]*:)([^@/]*)(@)");

    private Urls() {
    }

    /**
     * @param url a JDBC URL, may be null
     * @return the URL with every password replaced by {@code ***}
     */
    public static String redact(String url) {
        if (url == null) return "(none)";
        String out = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USERINFO.matcher(out).replaceAll("$1***$3");
    }

    /**
     * The URL without its user and password parameters, and those values, so credentials reach the
     * driver as properties and never appear in a URL a driver or a migration tool may log.
     *
     * @param url a JDBC URL
     * @return the parts
     */
    public static Credentials split(String url) {
        String user = last(USER_PARAM, url);
        String password = last(PASSWORD_PARAM, url);
        // Keep each removed parameter's separator, then drop the doubled or trailing ones.
        String rest = CREDENTIAL_PARAM.matcher(url).replaceAll("$1");
        String previous;
        do {
            previous = rest;
            rest = rest.replace("?&", "?").replace("&&", "&").replace(";;", ";");
        } while (!rest.equals(previous));
        while (rest.endsWith("?") || rest.endsWith("&") || rest.endsWith(";")) rest = rest.substring(0, rest.length() - 1);
        return new Credentials(rest, user, password);
    }

    private static String last(Pattern p, String url) {
        Matcher m = p.matcher(url);
        String v = null;
        while (m.find()) v = java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8);
        return v;
    }

    /**
     * Texts that must never appear in a message: the password, in every form it was given.
     *
     * @param password the password, may be null
     * @return the secrets to scrub
     */
    public static List<String> secrets(String password) {
        List<String> out = new ArrayList<>();
        if (password != null && password.length() >= 3) out.add(password);
        return out;
    }

    /**
     * A URL split into the part a driver may see and the credentials.
     *
     * @param url the URL without user or password parameters
     * @param user the user given in the URL, or null
     * @param password the password given in the URL, or null
     */
    public record Credentials(String url, String user, String password) {
        @Override
        public String toString() {
            return "Credentials[url=" + redact(url) + ", user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }
}
