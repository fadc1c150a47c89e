package gava.lower;

import gava.syntax.Diagnostics;
import gava.syntax.File;
import java.util.List;

/** Entry point of lowering: analyses a checked package for code generation. */
public final class Lowering {
  private Lowering() {}

  public static Facts lower(gava.types.Package pkg, List<File> files, Diagnostics diags) {
    Facts facts = new Facts();
    List<Stencil.Instance> instances = Stencil.run(pkg, files, diags);
    new Analyzer(facts).run(pkg, files, instances);
    return facts;
  }
}
