package gava.types;

import java.util.List;

/** A struct type: fields in order (Var with isField; embedded ones flagged), tags ("" when absent). */
public final class Struct extends Type {
  public final List<Var> fields;
  public final List<String> tags;

  public Struct(List<Var> fields, List<String> tags) {
    this.fields = fields;
    this.tags = tags;
  }

  public int fieldIndex(String name) {
    for (int i = 0; i < fields.size(); i++) if (fields.get(i).name.equals(name)) return i;
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("struct{");
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) b.append("; ");
      Var f = fields.get(i);
      if (!f.embedded) b.append(f.name).append(' ');
      b.append(f.type);
      if (!tags.get(i).isEmpty()) b.append(' ').append(Constant.quote(tags.get(i)));
    }
    return b.append('}').toString();
  }
}
