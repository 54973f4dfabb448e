package io.alliancehub.kit.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.alliancehub.kit.problem.ApiException;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** CSV export and import (RFC 4180, UTF-8, header row) with Jackson's CSV module. */
public final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private Csv() {}

    /** One exported row: the producer of a {@link #stream} hands each row to it. */
    @FunctionalInterface
    public interface Rows {
        void add(List<String> row);
    }

    /** What a {@link #stream} writes: it hands the export's rows, in order, to {@code rows}. */
    @FunctionalInterface
    public interface Producer {
        void produce(Rows rows);
    }

    /**
     * A CSV body written while the client reads it: the byte-order mark and header, then each row as {@code producer}
     * hands it over, flushed every {@value #FLUSH_EVERY} rows. Memory stays constant whatever the number of rows (the
     * producer reads from a database cursor); an export is not capped.
     */
    public static StreamingOutput stream(List<String> header, Producer producer) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        CsvSchema built = schema.build();
        return out -> {
            out.write("\uFEFF".getBytes(StandardCharsets.UTF_8));
            try (SequenceWriter writer = MAPPER.writer(built)
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValues(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                int[] written = {0};
                producer.produce(row -> {
                    String[] values = new String[header.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = neutralizeFormula(i < row.size() ? row.get(i) : null);
                    }
                    try {
                        writer.write(values);
                        if (++written[0] % FLUSH_EVERY == 0) {
                            writer.flush();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        };
    }

    private static final int FLUSH_EVERY = 500;

    /** Reads rows as header → value maps, in order. A row number in errors is 1-based after the header. */
    public static List<Map<String, String>> read(String csv, List<String> requiredColumns) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(text)) {
            List<Map<String, String>> rows = it.readAll();
            if (!rows.isEmpty()) {
                List<String> missing = requiredColumns.stream()
                        .filter(c -> !rows.get(0).containsKey(c))
                        .toList();
                if (!missing.isEmpty()) {
                    throw ApiException.badRequest("CSV header lacks columns " + missing);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("the CSV could not be read: " + e.getMessage());
        }
    }

    /** Spreadsheet programs run cells starting with = + - @ as formulas (CSV injection). */
    private static String neutralizeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }
}
