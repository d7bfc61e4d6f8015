package jp.kijun.facts;

/**
 * A file that was read, named as the user named it, with the SHA-256 of its bytes.
 */
public record InputFile(String path, String sha256) {
}
