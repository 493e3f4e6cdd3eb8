package io.jmcp.servers.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.servers.sql.DatabaseTarget.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTargetTest {

  private static DatabaseTarget parse(String url) {
    return DatabaseTarget.parse(url, null, null, Map.of());
  }

  @Test
  void aLibpqUrlBecomesJdbcWithItsCredentialsAsProperties() {
    DatabaseTarget target = parse("postgresql://ada%40lab:p%40ss+word@db.local:6543/shop"
        + "?sslmode=require");
    assertThat(target.engine()).isEqualTo(Engine.POSTGRESQL);
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/shop");
    assertThat(target.properties()).containsEntry("user", "ada@lab")
        .containsEntry("password", "p@ss+word").containsEntry("sslmode", "require");
    // As the official server: scheme postgres:, the user kept, the password dropped.
    assertThat(target.resourceBase()).isEqualTo("postgres://ada%40lab@db.local:6543/");
    assertThat(parse("postgres:///shop").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost/shop");
    assertThat(parse("postgresql://localhost/mydb").resourceBase())
        .isEqualTo("postgres://localhost/");
  }

  @Test
  void aJdbcUrlLosesItsParametersToProperties() {
    DatabaseTarget target = parse("jdbc:postgresql://h1:1,h2:2/db?user=u&password=p%26q"
        + "&preferQueryMode=simple");
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:postgresql://h1:1,h2:2/db");
    assertThat(target.properties()).containsEntry("user", "u").containsEntry("password", "p&q")
        .containsEntry("preferQueryMode", "simple");
    assertThat(target.resourceBase()).isEqualTo("postgres://h1:1,h2:2/");
    assertThat(parse("jdbc:postgresql:shop").jdbcUrl())
        .isEqualTo("jdbc:postgresql://localhost/shop");
  }

  @Test
  void explicitCredentialsWinOverTheUrlWhichWinsOverTheEnvironment() {
    Map<String, String> environment = Map.of("PGUSER", "env-user", "PGPASSWORD", "env-pw");
    assertThat(DatabaseTarget.parse("jdbc:postgresql://h/db", null, null, environment)
        .properties()).containsEntry("user", "env-user").containsEntry("password", "env-pw");
    assertThat(DatabaseTarget.parse("jdbc:postgresql://h/db?user=url-user", null, null,
        environment).properties()).containsEntry("user", "url-user")
        .containsEntry("password", "env-pw");
    assertThat(DatabaseTarget.parse("postgresql://url-user:url-pw@h/db", "cli-user", "cli-pw",
        environment).properties()).containsEntry("user", "cli-user")
        .containsEntry("password", "cli-pw");
    // PGUSER is PostgreSQL's: an H2 URL does not take it.
    assertThat(DatabaseTarget.parse("jdbc:h2:/data/shop", null, null, environment)
        .properties()).doesNotContainKey("user");
  }

  @Test
  void anH2UrlKeepsItsSettingsAsProperties() {
    DatabaseTarget target = parse("jdbc:h2:~/data/shop;MODE=PostgreSQL;user=sa;Password=x;"
        + "ACCESS_MODE_DATA=rw");
    assertThat(target.engine()).isEqualTo(Engine.H2);
    assertThat(target.jdbcUrl()).isEqualTo("jdbc:h2:~/data/shop");
    assertThat(target.properties()).containsEntry("MODE", "PostgreSQL")
        .containsEntry("user", "sa").containsEntry("password", "x")
        .containsEntry("ACCESS_MODE_DATA", "rw");
    assertThat(target.resourceBase()).isEqualTo("h2://shop/");
    assertThat(parse("jdbc:h2:mem:test").resourceBase()).isEqualTo("h2://test/");
    assertThat(parse("jdbc:h2:file:C:\\data\\shop").resourceBase()).isEqualTo("h2://shop/");
  }

  @Test
  void otherUrlsAreRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> parse("mysql://root:secret@localhost/db"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:postgresql://").hasMessageContaining("jdbc:h2:")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> parse("jdbc:h2:;MODE=PostgreSQL"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database");
  }

  @Test
  void passwordsAreRedacted() {
    assertThat(DatabaseTarget.redact("postgresql://u:secret@h/db"))
        .isEqualTo("postgresql://u:***@h/db");
    assertThat(DatabaseTarget.redact("jdbc:postgresql://h/db?user=u&password=secret&x=1"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&x=1");
    assertThat(DatabaseTarget.redact("jdbc:h2:/db;PASSWORD=secret"))
        .isEqualTo("jdbc:h2:/db;PASSWORD=***");
    assertThat(SqlOptions.defaults().withUrl("postgresql://u:secret@h/db")
        .withCredentials("u", "other").toString()).doesNotContain("secret")
        .doesNotContain("other");
    assertThat(parse("jdbc:postgresql://h/db?password=secret").toString())
        .doesNotContain("secret");
  }
}
