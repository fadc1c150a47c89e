package gava.cmd;

import gava.codegen.CompiledProgram;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a compiled program as one runnable jar ({@code gava build}): the program's classes, the
 * gava runtime's classes and {@link JarMain} as the Main-Class (the program's main class is the
 * manifest's {@code Gava-Main}), so that {@code java -jar prog.jar args} runs it as gc's binary would
 * run. The jar is written aside and renamed into place.
 */
final class ProgramJar {
  private ProgramJar() {}

  /** Writes {@code program} as the jar {@code out}. */
  static void write(CompiledProgram program, Path out) throws IOException {
    Manifest mf = new Manifest();
    Attributes a = mf.getMainAttributes();
    a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    a.put(Attributes.Name.MAIN_CLASS, JarMain.class.getName());
    a.putValue(JarMain.MAIN_ATTRIBUTE, Build.mainClassName(program));
    // lets the runtime run goroutines on gava's scheduler (gava.runtime.GoScheduler) as continuations
    // (gava.runtime.Cont) under java -jar
    a.putValue("Add-Opens", "java.base/java.lang");
    a.putValue("Add-Exports", "java.base/jdk.internal.vm");
    a.putValue("Created-By", "gava " + Main.VERSION + " (" + Main.GO_VERSION + ")");
    Path abs = out.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + "-", ".tmp");
    try {
      try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(tmp), mf)) {
        Set<String> seen = new HashSet<>();
        seen.add(JarFile.MANIFEST_NAME);
        for (String c : List.of(JarMain.class.getName())) {
          String res = c.replace('.', '/') + ".class";
          try (InputStream in = JarMain.class.getClassLoader().getResourceAsStream(res)) {
            if (in == null) throw new IOException("gava's own class " + res + " is missing");
            put(jar, seen, res, in.readAllBytes());
          }
        }
        copyRuntime(jar, seen);
        for (Map.Entry<String, byte[]> e : program.classes().entrySet()) {
          put(jar, seen, e.getKey().replace('.', '/') + ".class", e.getValue());
        }
      }
      try {
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: its defaults
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void put(JarOutputStream jar, Set<String> seen, String name, byte[] bytes) throws IOException {
    if (!seen.add(name)) return;
    // parent directories first, as jar tools write them
    int slash = name.lastIndexOf('/', name.length() - 2);
    if (slash > 0 && !seen.contains(name.substring(0, slash + 1))) put(jar, seen, name.substring(0, slash + 1), new byte[0]);
    JarEntry e = new JarEntry(name);
    e.setTime(0); // reproducible
    jar.putNextEntry(e);
    if (!name.endsWith("/")) jar.write(bytes);
    jar.closeEntry();
  }

  /** The runtime module's classes (from its jar, or its class directory when gava runs from a build tree). */
  private static void copyRuntime(JarOutputStream jar, Set<String> seen) throws IOException {
    Path src;
    try {
      var cs = gava.runtime.Go.class.getProtectionDomain().getCodeSource();
      src = Path.of(cs.getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IOException("cannot find gava's runtime classes: " + e.getMessage());
    }
    if (Files.isDirectory(src)) {
      try (Stream<Path> s = Files.walk(src)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
          put(jar, seen, src.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
      return;
    }
    try (JarInputStream in = new JarInputStream(Files.newInputStream(src))) {
      for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
        if (e.isDirectory() || !e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) continue;
        put(jar, seen, e.getName(), in.readAllBytes());
      }
    }
  }
}
