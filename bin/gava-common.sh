# Shared by bin/gava and bin/gava-test (sourced, not run): find a JDK 25+, find Maven, build gava.
# Sets GAVA_ROOT (the repository), and after the calls below JAVA_HOME / GAVA_JAVA / GAVA_MVN.

GAVA_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
GAVA_BUILD_DIR="$GAVA_ROOT/.gava-build"
GAVA_MIN_JAVA=25

# The feature version (17, 25, ...) of the Java installation in $1, or nothing.
gava_java_version() {
  local home="$1" v=""
  [ -x "$home/bin/java" ] || return 0
  if [ -f "$home/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "$home/release" | head -n1)"
  fi
  if [ -z "$v" ]; then
    v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)"
  fi
  case "$v" in
    1.*) v="${v#1.}" ;;
  esac
  v="${v%%[.+-]*}"
  case "$v" in
    ''|*[!0-9]*) return 0 ;;
  esac
  echo "$v"
}

# Sets JAVA_HOME and GAVA_JAVA to a JDK >= 25: $JAVA_HOME if it is one, else the newest under
# /usr/lib/jvm (and the java on PATH); else prints what is missing and returns 1.
gava_find_jdk() {
  local found="" best="" bestv=0 v home cand seen=""
  if [ -n "${JAVA_HOME:-}" ]; then
    v="$(gava_java_version "$JAVA_HOME")"
    if [ -n "$v" ] && [ "$v" -ge "$GAVA_MIN_JAVA" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
      GAVA_JAVA="$JAVA_HOME/bin/java"
      export JAVA_HOME
      return 0
    fi
    found="${v:-no java} at $JAVA_HOME (JAVA_HOME)"
    seen="$(readlink -f "$JAVA_HOME")"
  fi
  for cand in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
      "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -d "$cand" ] || continue
    home="$(readlink -f "$cand")"
    case " $seen " in *" $home "*) continue ;; esac
    seen="$seen $home"
    v="$(gava_java_version "$home")"
    [ -n "$v" ] || continue
    found="${found:+$found, }$v at $home"
    if [ "$v" -ge "$GAVA_MIN_JAVA" ] && [ -x "$home/bin/javac" ] && [ "$v" -gt "$bestv" ]; then
      best="$home"
      bestv="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "gava: needs a JDK $GAVA_MIN_JAVA or newer (found: ${found:-none}). Install one (e.g. Temurin $GAVA_MIN_JAVA from https://adoptium.net, under /usr/lib/jvm), or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  GAVA_JAVA="$best/bin/java"
  export JAVA_HOME
}

# Sets GAVA_MVN to Maven ($MVN, else mvn on PATH), or prints what is missing and returns 1.
gava_find_mvn() {
  GAVA_MVN="${MVN:-$(command -v mvn 2>/dev/null || true)}"
  if [ -z "$GAVA_MVN" ] || [ ! -x "$GAVA_MVN" ]; then
    echo "gava: needs Apache Maven 3.6+ (mvn) to build itself, and it is not on PATH. Install it (e.g. 'apt-get install maven', or https://maven.apache.org/download.cgi) or set MVN=/path/to/mvn." >&2
    return 1
  fi
}

# Hash of everything the jars are built from (sources, resources, poms).
gava_source_hash() {
  (cd "$GAVA_ROOT" && find pom.xml compiler/pom.xml runtime/pom.xml compiler/src/main runtime/src/main stdlib \
      -type f ! -name '*.class' ! -name '*~' -print0 2>/dev/null | LC_ALL=C sort -z | xargs -0 sha1sum;
   echo "java=$JAVA_HOME") | sha1sum | cut -d' ' -f1
}

# Cheap stand-in for gava_source_hash: the path, size, modification time and inode of the same files
# (GNU find; nothing elsewhere). When it matches the one recorded with the stamp the sources are unchanged.
gava_stat_hash() {
  local list
  list="$(cd "$GAVA_ROOT" && find pom.xml compiler/pom.xml runtime/pom.xml compiler/src/main runtime/src/main stdlib \
      -type f ! -name '*.class' ! -name '*~' -printf '%p %s %T@ %i\n' 2>/dev/null)" || return 0
  [ -n "$list" ] || return 0
  printf '%s\njava=%s\n' "$list" "$JAVA_HOME" | LC_ALL=C sort | sha1sum | cut -d' ' -f1
}

# The interesting part of a failed quiet Maven log: the errors, once, without colours and JVM warnings.
gava_maven_errors() {
  local shown
  shown="$(sed 's/\x1b\[[0-9;]*m//g' "$1" | awk '
    /^WARNING:/ || /^\[WARNING\]/ || /^\[ERROR\] *$/ || /^ *$/ { next }
    /-> \[Help/ { exit }
    /^\[ERROR\] Failed to execute goal/ && n > 0 { exit }
    { print; n++ }' | head -n 60)"
  if [ -n "$shown" ]; then echo "$shown"; else tail -n 40 "$1"; fi
}

# Drops the overlay resources Maven copied into compiler/target/classes: Maven copies changed files
# but never deletes one that was removed from stdlib/overlay, which would stay in the jar.
gava_fresh_overlays() {
  rm -rf "$GAVA_ROOT/compiler/target/classes/gava/stdlib"
}

# Builds the compiler and runtime jars into .gava-build/lib when the sources changed since the last
# build (or on first use); quiet unless the build fails, then prints Maven's errors and returns 1.
# (The stat hash, taken before the content hash, is recorded next to the stamp once they agree: a
# file changed in between makes the next stat hash differ, so it never vouches for changed sources.)
gava_build() {
  local hash stat stamp="$GAVA_BUILD_DIR/stamp" log="$GAVA_BUILD_DIR/build.log" statstamp="$GAVA_BUILD_DIR/stamp.stat"
  stat="$(gava_stat_hash)"
  if [ -n "$stat" ] && [ -f "$statstamp" ] && [ -f "$stamp" ] && [ "$(<"$statstamp")" = "$stat $(<"$stamp")" ] \
      && [ -f "$GAVA_BUILD_DIR/lib/gava-compiler.jar" ] && [ -f "$GAVA_BUILD_DIR/lib/gava-runtime.jar" ]; then
    return 0
  fi
  hash="$(gava_source_hash)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -f "$GAVA_BUILD_DIR/lib/gava-compiler.jar" ] \
      && [ -f "$GAVA_BUILD_DIR/lib/gava-runtime.jar" ]; then
    [ -n "$stat" ] && echo "$stat $hash" >"$statstamp.$$" && mv -f "$statstamp.$$" "$statstamp"
    return 0
  fi
  mkdir -p "$GAVA_BUILD_DIR"
  exec 9>"$GAVA_BUILD_DIR/lock"
  command -v flock >/dev/null 2>&1 && flock 9
  # Another gava may have built while we waited for the lock.
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -f "$GAVA_BUILD_DIR/lib/gava-compiler.jar" ]; then
    exec 9>&-
    return 0
  fi
  gava_find_mvn || return 1
  [ -t 2 ] && echo "gava: building gava (first use or sources changed)..." >&2
  gava_fresh_overlays
  if ! (cd "$GAVA_ROOT" && MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" "$GAVA_MVN" -B -q -ntp -Dmaven.test.skip=true -Dstyle.color=never package) >"$log" 2>&1; then
    echo "gava: building gava with Maven failed ($GAVA_MVN, JAVA_HOME=$JAVA_HOME):" >&2
    gava_maven_errors "$log" >&2
    echo "(full log: $log)" >&2
    exec 9>&-
    return 1
  fi
  local cj rj
  cj="$(ls "$GAVA_ROOT"/compiler/target/gava-compiler-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n1)"
  rj="$(ls "$GAVA_ROOT"/runtime/target/gava-runtime-*.jar 2>/dev/null | grep -v -e '-sources' -e '-tests' | head -n1)"
  if [ -z "$cj" ] || [ -z "$rj" ]; then
    echo "gava: the Maven build did not produce compiler/target/gava-compiler-*.jar and runtime/target/gava-runtime-*.jar" >&2
    exec 9>&-
    return 1
  fi
  rm -rf "$GAVA_BUILD_DIR/lib.new" "$GAVA_BUILD_DIR"/*.jsa "$GAVA_BUILD_DIR"/*.aot
  mkdir -p "$GAVA_BUILD_DIR/lib.new"
  cp "$cj" "$GAVA_BUILD_DIR/lib.new/gava-compiler.jar"
  cp "$rj" "$GAVA_BUILD_DIR/lib.new/gava-runtime.jar"
  rm -rf "$GAVA_BUILD_DIR/lib"
  mv "$GAVA_BUILD_DIR/lib.new" "$GAVA_BUILD_DIR/lib"
  echo "$hash" >"$stamp"
  [ -n "$stat" ] && echo "$stat $hash" >"$statstamp.$$" && mv -f "$statstamp.$$" "$statstamp"
  exec 9>&-
}
