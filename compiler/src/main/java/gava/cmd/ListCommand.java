package gava.cmd;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gava list [-f format] [-json] [-e] [-deps] [-m] [packages]}, as go list: one line per
 * package (its import path, or the {@code -f} template of {@link ListTemplate} executed on the
 * package's fields from {@link ListPackage}), or {@code -json} objects with go's field names and
 * order (empty fields omitted). Patterns are expanded by {@link Patterns}; a package with an error
 * fails the command (exit 1, nothing listed) unless {@code -e}. {@code -m} lists the main module.
 */
final class ListCommand {
  private ListCommand() {}

  static final String USAGE_LINE = "usage: gava list [-f format] [-json] [-m] [list flags] [build flags] [packages]";

  static String listUsage() {
    return USAGE_LINE + "\n\n" + """
        List lists the named packages, one per line: by default their import
        paths, as gava would build them (GOOS=linux, GOARCH=amd64).

        The -f flag gives the output format, in the syntax of package
        text/template: for example '{{.ImportPath}} {{.Name}} {{.Dir}}' or
        '{{join .GoFiles " "}}'. gava understands fields, if/else/range/with/end
        and the functions join, len, not, and, or, eq, ne, print, printf.
        The fields are those of go list's Package struct that gava knows:

            Dir, ImportPath, Name, Target, Root, Module, Match, Goroot,
            Standard, GoFiles, IgnoredGoFiles, EmbedPatterns, EmbedFiles,
            Imports, Deps, Incomplete,
            Error, TestGoFiles, TestImports, XTestGoFiles, XTestImports

        The -json flag prints the package data in JSON instead.

        The -e flag changes the handling of erroneous packages: instead of
        failing, they are listed with their Error field set.

        The -deps flag lists the named packages' dependencies as well, each
        after the packages it imports.

        The -m flag lists modules instead of packages: the main module (and
        with 'all' its requirements).

        For more about specifying packages, see 'gava help packages'.
        """;
  }

  static int list(String[] args, PrintStream out, PrintStream err) {
    return list(args, null, out, err);
  }

  /** {@code gava list} with patterns relative to {@code env} (null: the process's working directory). */
  static int list(String[] args, Patterns.Env given, PrintStream out, PrintStream err) {
    String format = null;
    boolean json = false, tolerate = false, modules = false, deps = false;
    List<String> pats = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!pats.isEmpty() || !a.startsWith("-") || a.equals("-")) {
        pats.add(a);
        continue;
      }
      if (a.equals("--")) {
        for (i++; i < args.length; i++) pats.add(args[i]);
        break;
      }
      FlagArg flag = FlagArg.parse(a);
      String name = flag.name();
      String value = flag.value();
      switch (name) {
        case "json" -> json = bool(value);
        case "e" -> tolerate = bool(value);
        case "m" -> modules = bool(value);
        case "deps" -> deps = bool(value);
        case "find", "test", "export", "compiled", "u", "versions", "retracted", "reuse" -> {
          // accepted; gava has nothing more to say for them
        }
        case "f" -> {
          if (value == null) {
            if (i + 1 >= args.length) return usage("flag needs an argument: -f", err);
            value = args[++i];
          }
          format = value;
        }
        case "h", "help" -> {
          err.println(USAGE_LINE);
          err.println("Run 'gava help list' for details.");
          return 2;
        }
        default -> {
          return usage("flag provided but not defined: -" + name, err);
        }
      }
    }
    if (format != null && json) {
      err.println("gava list -f cannot be used with -json");
      return 1;
    }
    ListTemplate tmpl = null;
    if (format != null) {
      try {
        tmpl = ListTemplate.parse(format);
      } catch (ListTemplate.Bad e) {
        err.println(e.getMessage());
        return 2;
      }
    }
    Patterns.Env env = given == null ? Patterns.Env.current() : given;
    if (modules) return listModules(pats, env, tmpl, json, out, err);
    Patterns.Result r = Patterns.expand(pats, env);
    r.warnings().forEach(err::println);
    if (!r.errors().isEmpty()) {
      r.errors().forEach(err::println);
      return 1;
    }
    List<Patterns.Pkg> pkgs = r.pkgs();
    if (!tolerate && !r.pkgErrors().isEmpty()) {
      r.pkgErrors().forEach(err::println);
      return 1;
    }
    if (deps) pkgs = withDeps(pkgs, env);
    boolean needDeps = json || format != null && format.contains("Deps");
    for (Patterns.Pkg p : pkgs) {
      if (tmpl == null && !json) {
        out.println(p.importPath());
        continue;
      }
      Map<String, Object> f = ListPackage.fields(p, env, needDeps);
      if (json) {
        out.println(ListJson.write(ordered(f)));
        continue;
      }
      try {
        String s = tmpl.execute(f);
        out.print(s);
        if (!s.isEmpty() || format.isEmpty()) out.println();
      } catch (ListTemplate.Bad e) {
        out.flush();
        err.println(e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  private static boolean bool(String v) {
    return v == null || v.equals("true") || v.equals("1");
  }

  private static int usage(String msg, PrintStream err) {
    err.println(msg);
    err.println(USAGE_LINE);
    err.println("Run 'gava help list' for details.");
    return 2;
  }

  /** -deps: each package preceded by its dependencies (depth first, each once). */
  private static List<Patterns.Pkg> withDeps(List<Patterns.Pkg> pkgs, Patterns.Env env) {
    Map<String, Patterns.Pkg> out = new LinkedHashMap<>();
    for (Patterns.Pkg p : pkgs) addDeps(p, env, out, new java.util.HashSet<>());
    return List.copyOf(out.values());
  }

  private static void addDeps(Patterns.Pkg p, Patterns.Env env, Map<String, Patterns.Pkg> out, java.util.Set<String> onPath) {
    if (out.containsKey(p.importPath()) || !onPath.add(p.importPath())) return;
    for (String imp : ListPackage.imports(p.dir(), false)) {
      if (imp.equals("C")) continue;
      try {
        var res = env.resolver().resolve(imp, p.importPath(), p.standard());
        addDeps(new Patterns.Pkg(res.importPath(), res.dir(), res.standard(), List.of(), null), env, out, onPath);
      } catch (gava.loader.ImportResolver.NotFound e) {
        out.putIfAbsent(imp, new Patterns.Pkg(imp, null, false, List.of(), e.getMessage()));
      }
    }
    out.put(p.importPath(), p);
  }

  private static final List<String> ORDER = List.of("Dir", "ImportPath", "Name", "Doc", "Target", "Root", "Module", "Match",
      "Goroot", "Standard", "Incomplete", "GoFiles", "IgnoredGoFiles", "EmbedPatterns", "EmbedFiles", "Imports", "Deps", "Error", "TestGoFiles",
      "TestImports", "XTestGoFiles", "XTestImports");

  /** go's field order, empty values dropped (omitempty). */
  private static Map<String, Object> ordered(Map<String, Object> f) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String k : ORDER) {
      Object v = f.get(k);
      if (v == null || v.equals("") || v.equals(false) || v instanceof List<?> l && l.isEmpty()) continue;
      if (k.equals("Error") && v instanceof Map<?, ?> e) {
        Map<String, Object> pe = new LinkedHashMap<>();
        pe.put("ImportStack", List.of());
        pe.put("Pos", "");
        pe.put("Err", e.get("Err"));
        v = pe;
      }
      m.put(k, v);
    }
    return m;
  }

  /** -m: the main module, and with "all" its requirements (path and version). */
  private static int listModules(List<String> pats, Patterns.Env env, ListTemplate tmpl, boolean json, PrintStream out, PrintStream err) {
    if (env.mainError() != null) {
      err.println(env.mainError());
      return 1;
    }
    if (env.main() == null) {
      err.println("go: cannot match \"" + (pats.isEmpty() ? "." : pats.get(0)) + "\": go.mod file not found in current directory or any parent directory; see 'go help modules'");
      if (pats.isEmpty()) {
        // go says: go: go.mod file not found ...
      }
      return 1;
    }
    List<Map<String, Object>> mods = new ArrayList<>();
    Map<String, Object> main = new LinkedHashMap<>();
    main.put("Path", env.main().module());
    main.put("Main", true);
    main.put("Dir", env.main().root().toString());
    main.put("GoMod", env.main().file().toAbsolutePath().toString());
    main.put("GoVersion", env.main().go() == null ? "" : env.main().go());
    boolean all = pats.contains("all");
    for (String p : pats) {
      if (!p.equals("all") && !p.equals(env.main().module()) && !p.equals(".")) {
        boolean req = env.main().requires().stream().anyMatch(r -> r.path().equals(p));
        if (!req) {
          err.println("go: module " + p + ": not a known dependency");
          return 1;
        }
      }
    }
    mods.add(main);
    if (all) {
      // (the build list: minimal version selection over the module graph, as go)
      Map<String, String> selected;
      try {
        selected = new java.util.TreeMap<>(gava.loader.Modules.load(env.main(), System.getenv()).buildList());
      } catch (gava.loader.Modules.Fatal e) {
        err.println(e.getMessage());
        return 1;
      }
      selected.forEach((path, version) -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Path", path);
        m.put("Version", version);
        if (env.main().requires().stream().anyMatch(r -> r.path().equals(path) && r.indirect())) m.put("Indirect", true);
        mods.add(m);
      });
    }
    for (Map<String, Object> m : mods) {
      if (json) {
        out.println(ListJson.write(m));
      } else if (tmpl != null) {
        try {
          out.println(tmpl.execute(m));
        } catch (ListTemplate.Bad e) {
          err.println(e.getMessage());
          return 1;
        }
      } else {
        out.println(m.get("Path") + (m.containsKey("Version") ? " " + m.get("Version") : ""));
      }
    }
    return 0;
  }
}
