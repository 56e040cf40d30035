package vn.ansinh.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code hostile-inputs.txt}: one input a line, {@code #} comment lines skipped, Java escapes (backslash-u and four hex digits,
 * {@code \n}, {@code \r}, {@code \t}, {@code \\}) decoded, and {@code @repeat <count> <text>} expanded.
 */
final class HostileInputs {

    private HostileInputs() {
    }

    static List<String> load() {
        try (InputStream in = HostileInputs.class.getResourceAsStream("/hostile-inputs.txt")) {
            List<String> inputs = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("@repeat ")) {
                    String[] p = line.split(" ", 3);
                    inputs.add(decode(p[2]).repeat(Integer.parseInt(p[1])));
                } else {
                    inputs.add(decode(line));
                }
            }
            return List.copyOf(inputs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
