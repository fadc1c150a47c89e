package gava.cmd;

import gava.codegen.Backend;
import gava.codegen.CompiledProgram;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Parser;
import gava.syntax.Pos;
import gava.syntax.Source;
import gava.types.Checker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Build glue: runs the stages over a list of files of package main and returns either the compiled
 * program or the lines {@code go run} would print for the failure. Never throws for bad input: an
 * unexpected exception (or a stack overflow, or a timeout) in a stage becomes an
 * {@code path:line:col: internal compiler error: ...} line at the position the stage last gave to
 * {@link Diagnostics#at}. The compile runs in its own thread with a {@linkplain #COMPILE_STACK_BYTES
 * big stack}, so deep recursion in a stage does not overflow. Set {@code GAVA_DEBUG=1} to also get
 * the Java stack trace of an internal error on stderr.
 *
 * <p>Sources are given to the stages with their absolute path (class files name it, so panic
 * traces print absolute paths like gc); diagnostics are printed with gc's short form of the path
 * ({@code ./x.go} for a file in the current directory, {@code d/x.go}, ...).
 */
public final class Build {
  private Build() {}

  /** Stack size of the compile thread. */
  public static final long COMPILE_STACK_BYTES = 512L << 20;

  /** First line of compiler errors, as go run prints it. */
  public static final String HEADER = "# command-line-arguments";

  /**
   * Options of a build. {@code displayBase}: the directory diagnostics paths are shown relative to
   * (go: the current directory). {@code timeout}: wall-clock limit of the compile, null for none.
   * {@code verify}: check the generated class files with the JDK's verifier, reporting failures as
   * internal compiler errors (instead of a VerifyError when the program runs).
   */
  public record Options(Path displayBase, Duration timeout, boolean verify) {
    public static Options defaults() {
      return new Options(Path.of("").toAbsolutePath(), null, true);
    }

    public Options withDisplayBase(Path dir) {
      return new Options(dir.toAbsolutePath().normalize(), timeout, verify);
    }

    public Options withTimeout(Duration t) {
      return new Options(displayBase, t, verify);
    }

    public Options withVerify(boolean v) {
      return new Options(displayBase, timeout, v);
    }
  }

  /**
   * The outcome: {@code program} when the build succeeded, else null and {@code errors} holds the
   * lines to print (for compiler errors the first is {@link #HEADER}). {@code diagnostics} are the
   * stages' raw diagnostics (with absolute paths; empty for errors of the go command itself).
   */
  public record Result(Diagnostics diagnostics, List<String> errors, CompiledProgram program) {
    public boolean ok() {
      return program != null && errors.isEmpty();
    }

    /** The error lines joined, each ending in a newline (what go run prints on stderr). */
    public String errorText() {
      StringBuilder sb = new StringBuilder();
      for (String e : errors) sb.append(e).append('\n');
      return sb.toString();
    }
  }

  public static Result compileFiles(List<Path> files) {
    return compileFiles(files, Options.defaults());
  }

  /** Compiles the given files as package main (all in one directory, like go run's file list). */
  public static Result compileFiles(List<Path> files, Options opts) {
    if (files.isEmpty()) return new Result(new Diagnostics(), List.of("gava: no go files listed"), null);
    Path base = opts.displayBase() == null ? Path.of("").toAbsolutePath() : opts.displayBase();
    List<Source> sources = new ArrayList<>();
    Map<String, String> display = new LinkedHashMap<>();
    for (Path p : files) {
      Path a = p.toAbsolutePath().normalize();
      String shown = displayPath(a, base);
      display.put(a.toString(), shown);
      try {
        sources.add(new Source(a.toString(), Files.readAllBytes(a)));
      } catch (NoSuchFileException e) {
        return new Result(new Diagnostics(), List.of("stat " + p + ": no such file or directory"), null);
      } catch (IOException e) {
        return new Result(new Diagnostics(), List.of("open " + p + ": " + e.getMessage()), null);
      }
    }
    return compile(sources, display, opts);
  }

  /** Compiles in-memory sources as package main; diagnostics show each source's path as it is. */
  public static Result compileSources(List<Source> sources) {
    return compileSources(sources, Options.defaults());
  }

  public static Result compileSources(List<Source> sources, Options opts) {
    if (sources.isEmpty()) return new Result(new Diagnostics(), List.of("gava: no go files listed"), null);
    Map<String, String> display = new LinkedHashMap<>();
    for (Source s : sources) display.put(s.path(), s.path());
    return compile(sources, display, opts);
  }

  private static Result compile(List<Source> sources, Map<String, String> display, Options opts) {
    Diagnostics diags = new Diagnostics();
    AtomicReference<Result> out = new AtomicReference<>();
    Compilation c = new Compilation(sources, display, diags, opts.verify());
    Thread t = new Thread(null, () -> out.set(c.run()), "gava-compile", COMPILE_STACK_BYTES);
    t.setDaemon(true);
    t.start();
    try {
      if (opts.timeout() == null) {
        t.join();
      } else {
        t.join(Math.max(1, opts.timeout().toMillis()));
      }
    } catch (InterruptedException e) {
      t.interrupt();
      Thread.currentThread().interrupt();
      return c.internalError(diags.current(), "compilation interrupted");
    }
    if (t.isAlive()) {
      t.interrupt();
      return c.internalError(diags.current(), "compilation did not finish within " + opts.timeout().toSeconds() + "s");
    }
    Result r = out.get();
    return r != null ? r : c.internalError(diags.current(), "the compile thread ended without a result");
  }

  /** Writes every class of the program as {@code dir/<internal name>.class}. */
  public static void writeClasses(CompiledProgram program, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : program.classes().entrySet()) {
      Path f = dir.resolve(e.getKey().replace('.', '/') + ".class");
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
  }

  /** The binary name ({@code a.b.C}) of the program's main class. */
  public static String mainClassName(CompiledProgram program) {
    return program.mainClass().replace('/', '.');
  }

  /**
   * gc's short form of a file path: relative to {@code base} when that is shorter than the absolute
   * directory, with {@code ./} for a file directly in {@code base}.
   */
  public static String displayPath(Path absFile, Path base) {
    Path dir = absFile.getParent();
    String name = String.valueOf(absFile.getFileName());
    if (dir == null) return absFile.toString();
    String shown = dir.toString();
    try {
      String rel = base.toAbsolutePath().normalize().relativize(dir).toString();
      if (rel.isEmpty()) rel = ".";
      if (rel.length() < shown.length()) shown = rel;
    } catch (IllegalArgumentException e) {
      // different roots: keep the absolute directory
    }
    return shown.endsWith("/") ? shown + name : shown + "/" + name;
  }

  /** One line describing an unexpected exception of a stage. */
  static String describe(Throwable e) {
    return Compilation.describe(e);
  }

  static boolean debug() {
    String d = System.getenv("GAVA_DEBUG");
    return d != null && !d.isEmpty() && !d.equals("0");
  }

  /** One run of the pipeline; lives on the compile thread. */
  private static final class Compilation {
    final List<Source> sources;
    final Map<String, String> display;
    final Diagnostics diags;
    final boolean verify;

    Compilation(List<Source> sources, Map<String, String> display, Diagnostics diags, boolean verify) {
      this.sources = sources;
      this.display = display;
      this.diags = diags;
      this.verify = verify;
    }

    Result run() {
      try {
        return pipeline();
      } catch (Throwable e) {
        if (debug()) e.printStackTrace();
        return internalError(diags.current(), describe(e));
      }
    }

    Result pipeline() {
      List<File> parsed = new ArrayList<>();
      for (Source s : sources) {
        diags.at(new Pos(s, 1, 1));
        parsed.add(Parser.parse(s, diags));
      }
      Result pkgErr = checkPackageClauses(parsed);
      if (pkgErr != null) return pkgErr;
      // gc type checks unless a "syntax error" was reported (other parse errors do not stop it)
      if (diags.hasSyntaxErrors()) return errors();
      gava.types.Package pkg = Checker.check("main", parsed, diags);
      if (diags.hasErrors()) return errors();
      if (!(pkg.scope.lookupLocal("main") instanceof gava.types.Func)) {
        // gc's linker reports this; the message is its own
        diags.error(Pos.NONE, "runtime.main_main·f: function main is undeclared in the main package");
        return errors();
      }
      CompiledProgram program = Backend.compile(pkg, parsed, diags);
      if (diags.hasErrors()) return errors();
      if (program == null || program.classes() == null || program.mainClass() == null) {
        return internalError(null, "code generation produced no program");
      }
      if (!program.classes().containsKey(program.mainClass())
          && !program.classes().containsKey(program.mainClass().replace('.', '/'))) {
        return internalError(null, "code generation did not produce the main class " + program.mainClass());
      }
      if (verify) {
        List<String> bad = ClassCheck.verify(program);
        if (!bad.isEmpty()) {
          List<String> lines = new ArrayList<>();
          lines.add(HEADER);
          String where = display.get(sources.get(0).path());
          for (String b : bad) lines.add(where + ": internal compiler error: invalid class file: " + b);
          return new Result(diags, lines, null);
        }
      }
      return new Result(diags, List.of(), program);
    }

    /** go's own checks before compiling: one package, and it is main. */
    Result checkPackageClauses(List<File> parsed) {
      File first = null;
      for (File f : parsed) {
        if (f == null || f.pkgName == null || f.pkgName.name == null || f.pkgName.name.equals("_")) continue;
        if (first == null) {
          first = f;
        } else if (!f.pkgName.name.equals(first.pkgName.name)) {
          Path d = Path.of(first.src.path()).toAbsolutePath().getParent();
          return new Result(diags, List.of("found packages " + first.pkgName.name + " (" + baseName(first) + ") and "
              + f.pkgName.name + " (" + baseName(f) + ") in " + d), null);
        }
      }
      if (first != null && !first.pkgName.name.equals("main")) {
        return new Result(diags, List.of("package command-line-arguments is not a main package"), null);
      }
      return null;
    }

    static String baseName(File f) {
      return String.valueOf(Path.of(f.src.path()).getFileName());
    }

    Result errors() {
      List<String> lines = new ArrayList<>();
      lines.add(HEADER);
      for (String l : diags.render()) lines.add(shorten(l));
      return new Result(diags, lines, null);
    }

    /** Replaces absolute source paths in a diagnostic line by their display form. */
    String shorten(String line) {
      for (Map.Entry<String, String> e : display.entrySet()) {
        if (line.contains(e.getKey() + ":")) line = line.replace(e.getKey() + ":", e.getValue() + ":");
      }
      return line;
    }

    Result internalError(Pos pos, String message) {
      String where;
      if (pos != null && pos.src() != null) {
        where = shorten(pos.toString() + ":");
        where = where.substring(0, where.length() - 1);
      } else {
        where = display.get(sources.get(0).path());
      }
      return new Result(diags, List.of(HEADER, where + ": internal compiler error: " + message), null);
    }

    static String describe(Throwable e) {
      if (e instanceof StackOverflowError) return "stack overflow (the compiler recursed too deeply)";
      if (e instanceof OutOfMemoryError) return "out of memory";
      String m = e.getMessage();
      String name = e.getClass().getSimpleName();
      if (name.isEmpty()) name = e.getClass().getName();
      return m == null || m.isBlank() ? name : name + ": " + m.lines().findFirst().orElse("");
    }
  }
}
