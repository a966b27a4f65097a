package io.retort.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.retort.RetortException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Binds Java values to parameters; maps and lists travel as JSON text. */
final class JdbcValues {
    private JdbcValues() {}

    // In a holder, so that binding a string or a number never builds a mapper: Jackson's
    // databind and its module search were a tenth of a 100-revision upgrade that wrote no JSON.
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    }

    static void bind(PreparedStatement ps, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Map<?, ?> || v instanceof Collection<?>) {
                ps.setObject(i + 1, json(v), Types.OTHER);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    static String json(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new RetortException("cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage());
        }
    }
}
