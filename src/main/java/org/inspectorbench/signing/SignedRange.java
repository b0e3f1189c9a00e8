package org.inspectorbench.signing;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The structural checks on a signature's /ByteRange [a b c d] before any cryptography: the range
 * starts at 0, the gap between the two parts is exactly the hex string of /Contents and nothing
 * else, and the range lies inside the file. Without them a signature could "cover" bytes that are
 * not the ones a reader shows (tech-notes "PDF signatures").
 */
final class SignedRange {

    /** The outcome: {@code problem} is null when the range is sound. */
    record Result(String problem, byte[] signedBytes, byte[] cms, long end) {
        static Result broken(String problem) {
            return new Result(problem, null, null, -1);
        }
    }

    private SignedRange() {
    }

    static Result check(byte[] pdf, int[] range, byte[] parsedContents) {
        if (range == null || range.length != 4) {
            return Result.broken("签名范围无效 the signature has no valid /ByteRange (four numbers expected)");
        }
        long a = range[0];
        long b = range[1];
        long c = range[2];
        long d = range[3];
        if (a != 0) {
            return Result.broken("签名范围不从文件开头开始 the signed range does not start at the beginning of the file");
        }
        if (b <= 0 || d < 0 || c <= b || c + d > pdf.length) {
            return Result.broken("签名范围超出文件 the signed range [" + a + " " + b + " " + c + " " + d
                    + "] does not fit the file of " + pdf.length + " bytes");
        }
        int gapStart = (int) b;
        int gapEnd = (int) c;
        if (pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>') {
            return Result.broken("签名范围的空隙不是签名值 the gap in the signed range is not the signature's hex string");
        }
        byte[] cms = decodeHex(pdf, gapStart + 1, gapEnd - 1);
        if (cms == null) {
            return Result.broken("签名范围的空隙含有其他内容 the gap in the signed range holds more than the signature value");
        }
        if (parsedContents == null || !Arrays.equals(trimTrailingZeros(cms), trimTrailingZeros(parsedContents))) {
            return Result.broken("签名值与签名范围不符 the signature's /Contents is not the value in the signed range's gap");
        }
        ByteArrayOutputStream signed = new ByteArrayOutputStream((int) (b + d));
        signed.write(pdf, 0, (int) b);
        signed.write(pdf, (int) c, (int) d);
        return new Result(null, signed.toByteArray(), cms, c + d);
    }

    /** Hex digits only (PDFBox and other writers pad with '0'); null when anything else is there. */
    private static byte[] decodeHex(byte[] pdf, int from, int to) {
        int digits = to - from;
        byte[] out = new byte[(digits + 1) / 2];
        for (int i = 0; i < digits; i++) {
            int v = Character.digit(pdf[from + i], 16);
            if (v < 0) {
                return null;
            }
            if (i % 2 == 0) {
                out[i / 2] = (byte) (v << 4);
            } else {
                out[i / 2] |= (byte) v;
            }
        }
        return out;
    }

    private static byte[] trimTrailingZeros(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }

    /** Whether the bytes before {@code end} are a revision's end: "%%EOF" and at most an end of line. */
    static boolean endsAtEof(byte[] pdf, long end) {
        int i = (int) end;
        while (i > 0 && (pdf[i - 1] == '\n' || pdf[i - 1] == '\r' || pdf[i - 1] == ' ') && end - i < 2) {
            i--;
        }
        byte[] marker = {'%', '%', 'E', 'O', 'F'};
        if (i < marker.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOfRange(pdf, i - marker.length, i), marker);
    }
}
