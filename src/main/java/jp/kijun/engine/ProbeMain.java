package jp.kijun.engine;

import org.kie.api.KieServices;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

public class ProbeMain {
  public static void main(String[] a) {
    long t = System.nanoTime();
    var c = KieServices.Factory.get().getKieClasspathContainer();
    KieBase kb = c.getKieBase("kijun");
    System.out.println("rules: " + kb.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum() + " in " + (System.nanoTime()-t)/1e6 + "ms");
    kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> System.out.println(r.getName() + " " + r.getMetaData())));
    KieSession s = kb.newKieSession();
    s.insert(new Probe("x", 5));
    System.out.println("fired " + s.fireAllRules());
  }
}
