package gava.codegen;

import gava.lower.Facts;
import gava.lower.Lowering;
import gava.syntax.Diagnostics;
import gava.syntax.File;
import gava.syntax.Pos;
import java.util.List;
import java.util.Map;

/** Entry point of code generation (design.md "Stage entry points"). */
public final class Backend {
  private Backend() {}

  /**
   * Compiles a checked package (package main) to class files. Runs lowering first. Constructs
   * code generation does not support are reported as {@code X not supported yet} at their
   * position; unexpected failures as {@code internal compiler error: ...}; never throws for bad input.
   */
  public static CompiledProgram compile(gava.types.Package pkg, List<File> files, Diagnostics diags) {
    String mainClass = "gop/main/$Package";
    try {
      Facts facts = Lowering.lower(pkg, files, diags);
      Gen g = new Gen(pkg, files, facts, diags);
      mainClass = ProgramGen.internal(g.pkgClass);
      return new ProgramGen(g).generate();
    } catch (RuntimeException | StackOverflowError e) {
      Pos p = diags.current();
      if ((p == null || p.src() == null) && !files.isEmpty()) p = new Pos(files.get(0).src, 1, 1);
      diags.error(p, "internal compiler error: " + e);
      if (System.getenv("GAVA_DEBUG") != null) e.printStackTrace();
      return new CompiledProgram(Map.of(), mainClass);
    }
  }
}
