package gava.codegen;

import gava.lower.Facts;
import gava.lower.Lowering;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Entry point of code generation (design.md "Stage entry points"). */
public final class Backend {
  private Backend() {}

  /** One checked package of a program with its files. */
  public record Unit(gava.types.Package pkg, List<File> files) {}

  /**
   * Compiles a checked package (package main) to class files. Runs lowering first. Constructs
   * code generation does not support are reported as {@code X not supported yet} at their
   * position; unexpected failures as {@code internal compiler error: ...}; never throws for bad input.
   */
  public static CompiledProgram compile(gava.types.Package pkg, List<File> files, Diagnostics diags) {
    return compileProgram(List.of(new Unit(pkg, files)), diags);
  }

  /**
   * Compiles a whole program: its checked packages in dependency order, package main last. Each
   * package is lowered on its own; the classes every package needs (interfaces, func interfaces,
   * tuples, boxes, helpers) are generated once. The main class runs the packages' initialisers in
   * the given order, then main.main.
   */
  public static CompiledProgram compileProgram(List<Unit> units, Diagnostics diags) {
    gava.types.Package mainPkg = units.get(units.size() - 1).pkg();
    String mainClass = Gen.prefixOf(mainPkg) + "$Package";
    List<File> last = units.get(units.size() - 1).files();
    try {
      Gen.Program program = new Gen.Program(mainPkg);
      List<Gen> gens = new ArrayList<>();
      for (Unit u : units) {
        Facts facts = Lowering.lower(u.pkg(), u.files(), diags);
        gens.add(new Gen(program, u.pkg(), u.files(), facts, diags));
      }
      return new ProgramGen(gens).generate();
    } catch (RuntimeException | StackOverflowError e) {
      Pos p = diags.current();
      if ((p == null || p.src() == null) && !last.isEmpty()) p = new Pos(last.get(0).src, 1, 1);
      diags.error(p, "internal compiler error: " + e);
      if (System.getenv("GAVA_DEBUG") != null) e.printStackTrace();
      return new CompiledProgram(Map.of(), mainClass);
    }
  }
}
