package vn.ansinh.planfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import vn.ansinh.shared.VietnameseNumbers;

/**
 * Reads an uploaded plan file into a {@link PlanFile} and the line of each of its elements, or says in Vietnamese why
 * it cannot: empty; not text (bytes that are not UTF-8, e.g. an image, a zip, an .xlsx or a program); a control
 * character (NUL and the like, raw or escaped as {@code \u0000}, which PostgreSQL text cannot hold); a JSON syntax
 * error with its line and column, or the file cut short; brackets nested deeper than {@value #MAX_DEPTH}; not an
 * object; a part of the wrong type. The text is UTF-8, or UTF-16 when it starts with a byte order mark (as Windows
 * Notepad saves "Unicode"); the encoding is never guessed, so NUL bytes cannot make a file read as UTF-32.
 * Jackson's own (English) messages are never shown.
 */
final class PlanFileReader {

    /** Deepest nesting of arrays and objects accepted; a plan file nests 3 levels. */
    static final int MAX_DEPTH = 50;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build()).build();

    PlanFileReader(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param file     the file read, or null when it could not be
     * @param lines    line (1-based) of every object and value, by JSON pointer ("/targets/3")
     * @param problems why it could not be read (empty when {@code file} is given)
     */
    record Read(PlanFile file, Map<String, Integer> lines, List<PlanFile.Problem> problems) {
    }

    /**
     * @param content the uploaded bytes
     * @return the file and its lines, or the problems that stop reading it
     */
    Read read(byte[] content) {
        String text;
        try {
            text = decode(content);
        } catch (CharacterCodingException e) {
            return failed(0, "planfile.error.notText");
        }
        if (text.isBlank()) {
            return failed(0, "planfile.error.empty");
        }
        Matcher control = CONTROL.matcher(text);
        if (control.find()) {
            return failed(lineOf(text, control.start()), "planfile.error.control", codePoint(control.group()));
        }
        Map<String, Integer> lines = new HashMap<>();
        List<PlanFile.Problem> problems = new ArrayList<>();
        try {
            scan(text, lines, problems);
            if (!problems.isEmpty()) {
                return new Read(null, lines, problems);
            }
            return new Read(json.readValue(text, PlanFile.class), lines, problems);
        } catch (JacksonException e) {
            return failed(e, text.length());
        }
    }

    /** UTF-8 (a byte order mark skipped) or, after a UTF-16 byte order mark, UTF-16; malformed bytes are an error. */
    private static String decode(byte[] b) throws CharacterCodingException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
    }

    /** Records the line of every object and value; a string holding a control character (escaped) is a problem. */
    private void scan(String text, Map<String, Integer> lines, List<PlanFile.Problem> problems) {
        try (JsonParser p = json.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t.isScalarValue()) {
                    lines.putIfAbsent(p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
                }
                if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
                    Matcher m = CONTROL.matcher(t == JsonToken.VALUE_STRING ? p.getString() : p.currentName());
                    if (m.find()) {
                        problems.add(new PlanFile.Problem(p.currentTokenLocation().getLineNr(),
                                msg("planfile.error.control", codePoint(m.group()))));
                    }
                }
            }
        }
    }

    /** @param length the text's length: an error at its very end means the file was cut short */
    private Read failed(JacksonException e, int length) {
        TokenStreamLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        if (e instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            return m.contains("nesting depth") ? failed(line, "planfile.error.tooDeep", String.valueOf(MAX_DEPTH))
                    : failed(line, "planfile.error.limit");
        }
        if (e instanceof UnexpectedEndOfInputException || at != null && at.getCharOffset() >= length) {
            return failed(line, "planfile.error.truncated");
        }
        if (e instanceof InputCoercionException && e.processor() instanceof JsonParser p) {
            // a number too large for its field (an int given 1e999999): the parser knows where it was
            String pointer = p.streamReadContext().pathAsPointer().toString();
            return failed(line, "planfile.error.type", pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.').replaceFirst("^\\.", ""));
        }
        if (e instanceof DatabindException) {
            String path = path(e);
            return path.isEmpty() ? failed(line, "planfile.error.notPlan") : failed(line, "planfile.error.type", path);
        }
        return failed(line, "planfile.error.syntax", at == null ? "?" : String.valueOf(at.getColumnNr()));
    }

    /** @return the JSON path of the part concerned, e.g. {@code targets[5].decimals}; empty for the whole file */
    private static String path(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private Read failed(int line, String key, Object... args) {
        return new Read(null, Map.of(), List.of(new PlanFile.Problem(line, msg(key, args))));
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** @return "U+0000" for NUL */
    private static String codePoint(String c) {
        return String.format("U+%04X", (int) c.charAt(0));
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VietnameseNumbers.VI_VN);
    }
}
