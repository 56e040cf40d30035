package vn.ansinh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.shared.SearchText;

/**
 * The audit page's text search folds in SQL ({@code search_fold}, migration V020) exactly as the app folds in Java
 * ({@link SearchText#fold}), and its condition is the expression of the trigram index, so PostgreSQL answers it from
 * that index rather than by reading every entry.
 */
@SpringBootTest
@Transactional
class AuditSearchIndexTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLetterWithADiacriticFoldsInSqlAsInJava() {
        List<String> letters = new ArrayList<>();
        Map<String, String> java = new LinkedHashMap<>();
        for (char c = '\u00C0'; c <= '\u1EFF'; c++) {
            String base = SearchText.fold(String.valueOf(c));
            if (Character.isLetter(c) && base.length() == 1 && base.charAt(0) >= 'a' && base.charAt(0) <= 'z') {
                letters.add(String.valueOf(c));
                java.put(String.valueOf(c), base);
            }
        }
        Map<String, String> sql = new LinkedHashMap<>();
        jdbc.query("select c, search_fold(c) from unnest(?::text[]) with ordinality u(c, n) order by n",
                rs -> {
                    sql.put(rs.getString(1), rs.getString(2));
                }, (Object) letters.toArray(String[]::new));
        assertThat(letters).hasSize(490);
        assertThat(sql).isEqualTo(java);
        assertThat(jdbc.queryForObject("select search_fold('Phường ĐẰNG Lâm: TỶ LỆ 75,5%')", String.class))
                .isEqualTo(SearchText.fold("Phường ĐẰNG Lâm: TỶ LỆ 75,5%")).isEqualTo("phuong dang lam: ty le 75,5%");
        // the same words typed with combining marks (decomposed Unicode) fold the same
        String decomposed = Normalizer.normalize("Phường Đằng Lâm", Normalizer.Form.NFD);
        assertThat(jdbc.queryForObject("select search_fold(?)", String.class, decomposed)).isEqualTo("phuong dang lam");
    }

    @Test
    void everyEntryCarriesItsFoldedTextWhoeverInsertsIt() {
        // read back by its own id: other tests commit entries too, and entries are never deleted
        long id = jdbc.queryForObject("""
                insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json)
                values (now(), 'pb.11422', 'ward_report', '7', 'report.save', '{"strengths": "Cũ"}',
                        '{"strengths": "Hỗ trợ hộ nghèo ở Phường ĐẰNG LÂM"}') returning id""", Long.class);
        assertThat(jdbc.queryForObject("select search_text from audit_entry where id = ?", String.class, id))
                .isEqualTo("pb.11422 7 cu ho tro ho ngheo o phuong dang lam");
    }

    @Test
    void theSearchConditionIsAnsweredFromTheTrigramIndex() {
        jdbc.execute("set local enable_seqscan = off");
        String plan = String.join("\n", jdbc.queryForList("explain select id from audit_entry where "
                + AuditSearch.FOLDED + " like '%dang lam%' or action = 'report.submit'", String.class));
        assertThat(plan).contains("Bitmap Index Scan on audit_entry_search_trgm")
                .contains("Bitmap Index Scan on audit_entry_action_idx").doesNotContain("Seq Scan");
    }
}
