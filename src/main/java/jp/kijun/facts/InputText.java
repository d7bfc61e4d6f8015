package jp.kijun.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The text of one input file, read before any parser sees it: a regular, readable file no larger than the limit,
 * UTF-8 throughout (a UTF-8 byte order mark at the very start is allowed and dropped), without control characters.
 * Every way a file can fail this is one located line.
 *
 * @param name   the file as the user named it
 * @param text   its text, without a leading byte order mark
 * @param sha256 the SHA-256 of its bytes, as reports record it
 */
public record InputText(String name, String text, String sha256) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * Reads {@code file}, named {@code name} in problems.
     *
     * @param expected what the file should be, for messages: "a facts file (.yaml, .yml, .json)"
     * @throws InvalidInputException with one problem saying what is wrong and what was expected
     */
    public static InputText read(Path file, String name, String expected, InputLimits limits) throws InvalidInputException {
        Source whole = Source.ofFile(name);
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(new InputProblem(whole, "is a directory; expected " + expected));
        }
        if (!Files.exists(file)) {
            String why = Files.isSymbolicLink(file) ? "is a symbolic link to nothing (a loop or a missing target)"
                    : "no such file";
            throw new InvalidInputException(new InputProblem(whole, why + "; expected " + expected));
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(new InputProblem(whole,
                    "is not a regular file (a device, pipe or socket); expected " + expected));
        }
        byte[] bytes = readBounded(file, whole, limits);
        return new InputText(name, decode(bytes, name), sha256(bytes));
    }

    /** Text that does not come from a file of its own, such as a shipped profile. */
    public static InputText of(String name, String text) {
        return new InputText(name, text, sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] readBounded(Path file, Source whole, InputLimits limits) throws InvalidInputException {
        try {
            long size = Files.size(file);
            if (size > limits.fileSize()) {
                throw tooLarge(whole, size, limits);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // read one byte past the limit: a file that grew since it was measured is refused all the same
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileSize() + 1));
                if (bytes.length > limits.fileSize()) {
                    throw tooLarge(whole, bytes.length, limits);
                }
                return bytes;
            }
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(new InputProblem(whole, "cannot be read: permission denied; expected a file "
                    + "the user running kijun can read"));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(new InputProblem(whole, "no such file (it disappeared while being read)"));
        } catch (FileSystemLoopException e) {
            throw new InvalidInputException(new InputProblem(whole, "is a symbolic link loop; expected a file"));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(whole, "cannot be read: " + e.getMessage()));
        }
    }

    private static InvalidInputException tooLarge(Source whole, long size, InputLimits limits) {
        return new InvalidInputException(new InputProblem(whole,
                limits.exceeded("the file is " + size + " bytes", "fileSize")));
    }

    private static String decode(byte[] bytes, String name) throws InvalidInputException {
        String encoding = foreignByteOrderMark(bytes);
        if (encoding != null) {
            throw new InvalidInputException(new InputProblem(new Source(name, 1, 1), "the file is " + encoding
                    + " (it starts with its byte order mark); expected UTF-8 — save it as UTF-8"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            Source where = position(name, out);
            throw new InvalidInputException(new InputProblem(where, String.format(
                    "not UTF-8: byte 0x%02X cannot be read as UTF-8 text; expected the file in UTF-8 "
                            + "(is it Shift_JIS or another encoding? save it as UTF-8)", bytes[in.position()] & 0xFF)));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        checkCharacters(text, name);
        return text;
    }

    private static String foreignByteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Control characters and a byte order mark past the start are never part of facts; both parsers reject them unlocated. */
    private static void checkCharacters(String text, String name) throws InvalidInputException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == BYTE_ORDER_MARK) {
                throw new InvalidInputException(new InputProblem(position(name, CharBuffer.wrap(text, 0, i)),
                        "a byte order mark (U+FEFF) inside the file; expected it at most at the very start "
                                + "(were two files joined?)"));
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE'
                    || c == '\uFFFF') {
                String hint = c == 0 ? " (NUL bytes: is the file UTF-16? save it as UTF-8)" : "";
                throw new InvalidInputException(new InputProblem(position(name, CharBuffer.wrap(text, 0, i)),
                        String.format("control character U+%04X; expected text%s", (int) c, hint)));
            }
        }
    }

    /** The line and column just after {@code before}, the text that precedes a problem. */
    private static Source position(String name, CharSequence before) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c != BYTE_ORDER_MARK || i > 0) {
                column++;
            }
        }
        return new Source(name, line, column);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
