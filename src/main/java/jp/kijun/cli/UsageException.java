package jp.kijun.cli;

/** A usage problem found after parsing, such as an output directory that does not exist: exit 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
