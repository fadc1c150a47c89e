package gava.types;

import java.util.ArrayList;
import java.util.List;

/** A Go package: import path, name, package scope, and its objects in declaration order. */
public final class Package {
  public final String path;
  public final String name;
  public final Scope scope;
  public final List<Package> imports = new ArrayList<>();
  /** Package-level variables in initialisation order (spec "Package initialization"); set by the checker. */
  public final List<InitEntry> initOrder = new ArrayList<>();

  /** init functions in source order (they are not declared in the package scope); set by the checker. */
  public final List<Func> inits = new ArrayList<>();
  /** Every function and method declared in the package (init functions included), in source order. */
  public final List<Func> funcs = new ArrayList<>();

  /**
   * Compiled as gc compiles without {@code -complete} (the official suite's {@code rundir} packages,
   * which run.go passes to {@code go tool compile}): a function declared without a body is taken to
   * be implemented elsewhere (assembly) instead of being a {@code missing function body} error. gava
   * has no assembly: such a function is compiled to a stub that panics if it is ever called (gc
   * would fail to link a program that references it; the suite's tests only call it from dead code).
   */
  public boolean incomplete;

  /** One initialisation step: lhs variables (several for a multi-valued rhs) = rhs expression. */
  public record InitEntry(List<Var> lhs, gava.syntax.Expr rhs) {}

  public Package(String path, String name, Scope universe) {
    this.path = path;
    this.name = name;
    this.scope = new Scope(universe, "package " + name);
  }

  @Override
  public String toString() {
    return "package " + path;
  }
}
