package gava.codegen;

import static java.lang.constant.ConstantDescs.*;

import java.lang.classfile.CodeBuilder;
import java.lang.constant.ClassDesc;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.DynamicCallSiteDesc;
import java.lang.constant.MethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.List;

/** invokedynamic through LambdaMetafactory: functional-interface objects calling a static method. */
final class Lambdas {
  private Lambdas() {}

  private static final DirectMethodHandleDesc METAFACTORY = MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC,
      ClassDesc.of("java.lang.invoke.LambdaMetafactory"), "metafactory",
      MethodTypeDesc.of(CD_CallSite, CD_MethodHandles_Lookup, CD_String, CD_MethodType, CD_MethodType, CD_MethodHandle, CD_MethodType));

  /** Pushes an instance of iface whose method (descriptor sam) calls owner.name(captured..., args...). */
  static void make(CodeBuilder cb, ClassDesc iface, String method, MethodTypeDesc sam, ClassDesc owner, String name,
      MethodTypeDesc impl, List<ClassDesc> captured) {
    make(cb, iface, method, sam, MethodHandleDesc.ofMethod(DirectMethodHandleDesc.Kind.STATIC, owner, name, impl), captured);
  }

  /** As make, with an explicit implementation handle (static or interface method). */
  static void make(CodeBuilder cb, ClassDesc iface, String method, MethodTypeDesc sam, DirectMethodHandleDesc implHandle,
      List<ClassDesc> captured) {
    MethodTypeDesc impl = implHandle.invocationType();
    // The instantiated type takes the implementation's (possibly more precise) parameter types.
    ClassDesc[] ps = new ClassDesc[sam.parameterCount()];
    for (int i = 0; i < ps.length; i++) {
      int j = captured.size() + i;
      ps[i] = j < impl.parameterCount() ? impl.parameterType(j) : sam.parameterType(i);
    }
    MethodTypeDesc inst = MethodTypeDesc.of(sam.returnType(), ps);
    cb.invokedynamic(DynamicCallSiteDesc.of(METAFACTORY, method, MethodTypeDesc.of(iface, captured), sam, implHandle, inst));
  }
}
