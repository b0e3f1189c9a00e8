package org.inspectorbench.cli;

import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a keystore password comes from. Never a command-line value: that would end up in the
 * shell history and in the process list, where anyone on the machine can read it. So: an
 * interactive prompt (the default), an environment variable, or the first line of stdin.
 */
final class PasswordOptions {

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "read the keystore password from environment variable VAR")
    String environmentVariable;

    @Option(names = "--password-stdin",
            description = "read the keystore password from the first line of standard input")
    boolean fromStdin;

    /** The password for an existing keystore. */
    char[] read(String keystore) {
        return read("密钥库密码 password for " + keystore, false);
    }

    /** The password for a new keystore: asked twice at the prompt, so that a typo does not lock the key away. */
    char[] readNew(String keystore) {
        return read("新密钥库密码 new password for " + keystore, true);
    }

    private char[] read(String prompt, boolean confirm) {
        if (environmentVariable != null && fromStdin) {
            throw new UserError("--password-env and --password-stdin exclude each other: give one");
        }
        if (environmentVariable != null) {
            String value = System.getenv(environmentVariable);
            if (value == null) {
                throw new UserError("环境变量未设置 environment variable " + environmentVariable
                        + " is not set: export it first, or leave out --password-env to be asked");
            }
            return value.toCharArray();
        }
        if (fromStdin) {
            return firstLine(System.in);
        }
        Console console = System.console();
        if (console == null) {
            throw new UserError("无法询问密码 no terminal to ask for the password: use --password-env VAR or --password-stdin");
        }
        char[] password = console.readPassword("%s: ", prompt);
        if (password == null) {
            throw new UserError("未输入密码 no password given");
        }
        if (confirm) {
            char[] again = console.readPassword("再次输入 again: ");
            boolean same = again != null && Arrays.equals(password, again);
            if (again != null) {
                Arrays.fill(again, '\0');
            }
            if (!same) {
                Arrays.fill(password, '\0');
                throw new UserError("两次输入的密码不同 the two passwords differ: nothing was created, try again");
            }
        }
        return password;
    }

    /** The first line of {@code in} (UTF-8, without its line end); reads no further than that line. */
    static char[] firstLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
        } catch (IOException e) {
            throw new UserError("无法读取标准输入 cannot read the password from standard input: " + e.getMessage());
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new UserError("标准输入中没有密码 standard input holds no password (an empty first line)");
        }
        return text.toCharArray();
    }
}
