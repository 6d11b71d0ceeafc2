package org.weishi.plugins.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.weishi.plugins.storage.jdbc.internal.Dialect;
import org.weishi.plugins.storage.jdbc.internal.Urls;

class UrlsTest {
    @Test
    @DisplayName("passwords are redacted in every form")
    void redact() {
        assertThat(Urls.redact("jdbc:postgresql://h:5432/db?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true");
        assertThat(Urls.redact("jdbc:h2:file:./x;USER=sa;PASSWORD=secret")).isEqualTo("jdbc:h2:file:./x;USER=sa;PASSWORD=***");
        assertThat(Urls.redact("jdbc:postgresql://u:secret@h/db")).doesNotContain("secret");
    }

    @Test
    @DisplayName("credentials are taken out of the URL the driver sees")
    void split() {
        Urls.Credentials c = Urls.split("jdbc:postgresql://h/db?user=u&password=p%26q&ssl=true");
        assertThat(c.url()).isEqualTo("jdbc:postgresql://h/db?ssl=true");
        assertThat(c.user()).isEqualTo("u");
        assertThat(c.password()).isEqualTo("p&q");
        assertThat(c.toString()).doesNotContain("p&q");
        assertThat(Urls.split("jdbc:postgresql://h/db?password=x").url()).isEqualTo("jdbc:postgresql://h/db");
        assertThat(Urls.split("jdbc:h2:file:./x;PASSWORD=x;CIPHER=AES").url()).isEqualTo("jdbc:h2:file:./x;CIPHER=AES");
    }

    @Test
    @DisplayName("H2 file URLs get WRITE_DELAY=0 and a longer lock timeout; memory URLs are left alone")
    void h2Defaults() {
        assertThat(Dialect.H2.normaliseUrl("jdbc:h2:file:./data/weishi"))
                .isEqualTo("jdbc:h2:file:./data/weishi;WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        assertThat(Dialect.H2.normaliseUrl("jdbc:h2:./x;write_delay=10")).isEqualTo("jdbc:h2:./x;write_delay=10;LOCK_TIMEOUT=10000");
        assertThat(Dialect.H2.normaliseUrl("jdbc:h2:mem:t")).isEqualTo("jdbc:h2:mem:t");
    }
}
