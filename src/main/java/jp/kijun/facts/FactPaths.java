package jp.kijun.facts;

/** Turns JSON Pointers into the paths users read: {@code /accounts/3/system} → {@code accounts[3].system}. */
final class FactPaths {

    private FactPaths() {
    }

    static String display(String pointer) {
        if (pointer.isEmpty()) {
            return "(document)";
        }
        StringBuilder path = new StringBuilder();
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }
}
