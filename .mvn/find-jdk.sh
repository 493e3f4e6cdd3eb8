# Finds a JDK >= 21 and exports JAVA_HOME to it, for ./mvnw and ./jmcp (sourced, POSIX sh).
# The machine's default java may be older (17 here); a newer JDK usually sits beside it. The JDK's
# "release" file gives its version without starting a JVM, so the search costs no time.

jmcp_jdk_major() {
  # $1: a JDK home; prints its feature version (e.g. 25) or nothing.
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" | head -n 1
  elif [ -x "$1/bin/java" ]; then
    "$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

jmcp_find_jdk() {
  jmcp_minimum=21
  # The wrapper runs with globbing off (set -f); the search needs it for a moment.
  jmcp_noglob=
  case $- in *f*) jmcp_noglob=1; set +f ;; esac
  for jmcp_candidate in "${JAVA_HOME-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.jdks/* \
      "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -n "$jmcp_candidate" ] && [ -x "$jmcp_candidate/bin/java" ] || continue
    jmcp_major=$(jmcp_jdk_major "$jmcp_candidate")
    if [ -n "$jmcp_major" ] && [ "$jmcp_major" -ge "$jmcp_minimum" ]; then
      JAVA_HOME=$jmcp_candidate
      export JAVA_HOME
      [ -z "$jmcp_noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$jmcp_noglob" ] || set -f
  echo "jmcp needs a JDK $jmcp_minimum or newer and found none (looked at JAVA_HOME, the java on" \
    "PATH, /usr/lib/jvm, ~/.jdks, ~/.sdkman). Install one, e.g. 'apt-get install" \
    "openjdk-21-jdk-headless', or set JAVA_HOME." >&2
  return 1
}
