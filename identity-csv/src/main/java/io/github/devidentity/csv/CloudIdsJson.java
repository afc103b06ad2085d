package io.github.devidentity.csv;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.devidentity.cloudid.CloudIdProblem.Field;
import io.github.devidentity.cloudid.CloudIdRow;
import io.github.devidentity.csv.CloudIdFile.Location;
import io.github.devidentity.csv.ValidationProblem.Code;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cloud-id file as JSON: an array of objects with the string fields {@code email},
 * {@code integration} and {@code identity}, each one {@link CloudIdRow}.
 *
 * <pre>{@code
 * [{"email": "ada@example.org", "integration": "jira-cloud", "identity": "5b10ac8d"}]
 * }</pre>
 *
 * <p>Field names compare ignoring case; an identity may also be a number, and {@code null} counts
 * as empty. Files are UTF-8, with or without a byte-order mark. Reading never stops at a problem
 * of a value: the {@link CloudIdFile#report() report} lists them all, each with the line and
 * character column of the value and its path, such as {@code [2].email} (an element that is not
 * an object, a value that is not a string, a field given twice, an empty value, an email that is
 * no address, an unknown integration, an account claimed for two emails), and warns about fields
 * it ignores. JSON that is not valid is reported where the syntax breaks, and ends the reading.
 *
 * <pre>{@code
 * CloudIdFile file = CloudIdsJson.read(Path.of("cloud-ids.json"));
 * }</pre>
 */
public final class CloudIdsJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final String EXAMPLE =
      "[{\"email\": \"ada@example.org\", \"integration\": \"jira-cloud\", \"identity\": \"5b10ac8d\"}]";

  private CloudIdsJson() {}

  /**
   * Reads the rows of a UTF-8 file.
   *
   * @param file the file; the report names it as given
   * @throws io.github.devidentity.IdentityException if the file cannot be read
   */
  public static CloudIdFile read(Path file) {
    requireNonNull(file, "file");
    return Csv.readFile(file, reader -> read(reader, file.toString()));
  }

  /**
   * Reads the rows of a stream, which is not closed.
   *
   * @param reader the JSON text
   * @param sourceName names the stream in the report, such as its file name
   * @throws io.github.devidentity.IdentityException if the stream cannot be read
   */
  public static CloudIdFile read(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    Document document = new Document(new ValidationReport.Builder(sourceName));
    try (JsonParser parser = FACTORY.createParser(Csv.withoutByteOrderMark(reader))) {
      document.read(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      document.report.error(Code.INVALID_JSON, at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()), "", "", "is not valid JSON: " + syntax(e));
    } catch (CharacterCodingException e) {
      document.report.error(Code.INVALID_JSON, 0, 0, "", "", "holds bytes that are not UTF-8; save it as UTF-8");
    } catch (IOException e) {
      throw Csv.unreadable(sourceName, e);
    }
    return new CloudIdFile(sourceName, document.rows, document.starts, document.values, document.report.build());
  }

  /** Jackson's words for a syntax error, without the location it appends. */
  private static String syntax(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int marker = message.indexOf(" (start marker at");
    return marker < 0 ? message : message.substring(0, marker);
  }

  /** The rows of one document as they are read. */
  private static final class Document {
    final ValidationReport.Builder report;
    final List<CloudIdRow> rows = new ArrayList<>();
    final List<Location> starts = new ArrayList<>();
    final List<Map<Field, Location>> values = new ArrayList<>();

    Document(ValidationReport.Builder report) {
      this.report = report;
    }

    void read(JsonParser parser) throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        report.error(Code.INVALID_JSON, 0, 0, "", "", "the file is empty; expected a JSON array of objects such as "
            + EXAMPLE);
        return;
      }
      if (token != JsonToken.START_ARRAY) {
        JsonLocation at = parser.currentTokenLocation();
        report.error(Code.INVALID_JSON, at.getLineNr(), at.getColumnNr(), "", text(parser), "the file holds "
            + kind(token) + "; expected a JSON array of objects such as " + EXAMPLE);
        return;
      }
      int index = 0;
      for (token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
        if (token == JsonToken.START_OBJECT) {
          readObject(parser, index);
        } else {
          JsonLocation at = parser.currentTokenLocation();
          report.error(Code.WRONG_TYPE, at.getLineNr(), at.getColumnNr(), "[" + index + "]", text(parser),
              "the element is " + kind(token) + "; expected an object with email, integration and identity");
          parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        report.error(Code.INVALID_JSON, at.getLineNr(), at.getColumnNr(), "", "",
            "more follows the array; put every object in the one array");
      }
    }

    private void readObject(JsonParser parser, int index) throws IOException {
      JsonLocation start = parser.currentTokenLocation();
      Map<Field, String> texts = new EnumMap<>(Field.class);
      Map<Field, Location> where = new EnumMap<>(Field.class);
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        JsonLocation at = parser.currentTokenLocation();
        String path = "[" + index + "]." + name;
        Field field = field(name);
        if (field == null) {
          report.warning(Code.UNKNOWN_FIELD, at.getLineNr(), at.getColumnNr(), path, text(parser), '"' + name
              + "\" is not one of the fields email, integration, identity; it is ignored");
        } else if (where.containsKey(field)) {
          report.error(Code.DUPLICATE_FIELD, at.getLineNr(), at.getColumnNr(), path, text(parser),
              "the object names " + field(field) + " a second time; give each field once");
        } else if (value == JsonToken.VALUE_STRING || value.isNumeric() || value == JsonToken.VALUE_NULL) {
          texts.put(field, value == JsonToken.VALUE_NULL ? "" : parser.getText());
          where.put(field, new Location(at.getLineNr(), at.getColumnNr(), path, false));
        } else {
          report.error(Code.WRONG_TYPE, at.getLineNr(), at.getColumnNr(), path, text(parser),
              "the value is " + kind(value) + "; expected a string");
          where.put(field, new Location(at.getLineNr(), at.getColumnNr(), path, true));
        }
        parser.skipChildren();
      }
      for (Field field : Field.values()) {
        where.computeIfAbsent(field, missing ->
            new Location(start.getLineNr(), start.getColumnNr(), "[" + index + "]." + field(missing), false));
      }
      rows.add(new CloudIdRow(texts.getOrDefault(Field.EMAIL, ""), texts.getOrDefault(Field.INTEGRATION, ""),
          texts.getOrDefault(Field.IDENTITY, "")));
      starts.add(new Location(start.getLineNr(), start.getColumnNr(), "[" + index + "]", false));
      values.add(where);
    }

    private static @Nullable Field field(String name) {
      for (Field field : Field.values()) {
        if (field(field).equalsIgnoreCase(name.trim())) {
          return field;
        }
      }
      return null;
    }

    private static String field(Field field) {
      return field.name().toLowerCase(Locale.ROOT);
    }

    /** The value of a scalar token as written; empty for an object, an array or null. */
    private static String text(JsonParser parser) throws IOException {
      JsonToken token = parser.currentToken();
      return token.isScalarValue() && token != JsonToken.VALUE_NULL ? parser.getText() : "";
    }

    private static String kind(JsonToken token) {
      switch (token) {
        case START_ARRAY:
          return "an array";
        case START_OBJECT:
          return "an object";
        case VALUE_STRING:
          return "a string";
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return "a number";
        case VALUE_TRUE:
        case VALUE_FALSE:
          return "a boolean";
        default:
          return "null";
      }
    }
  }
}
