package jp.kijun.engine;

import java.util.Set;

/** The shipped rules of some controls only: what the plain-Java floor is compared with. */
final class RestrictedRuleBase {

    private RestrictedRuleBase() {
    }

    static RuleBase of(Set<String> controls) throws EmptyRuleBaseException {
        return RuleBase.of(PrecompiledRules.load(RestrictedRuleBase.class.getClassLoader(), rule -> {
            Object control = rule.getMetaData().get(Finding.CONTROL);
            return control != null && controls.containsAll(java.util.List.of(control.toString().split("\\s*,\\s*")));
        }).orElseThrow());
    }
}
