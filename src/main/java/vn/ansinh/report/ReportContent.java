package vn.ansinh.report;

import java.util.Map;

/**
 * The text of a ward report as the ward writes it.
 *
 * @param results      what was done and achieved, by task group section code ({@code III.1} … {@code III.8})
 * @param strengths    đánh giá chung: ưu điểm
 * @param limitations  tồn tại, hạn chế
 * @param causes       nguyên nhân
 * @param difficulties khó khăn, vướng mắc
 * @param nextYear     phương hướng, nhiệm vụ năm sau
 * @param proposals    đề xuất, kiến nghị
 */
public record ReportContent(Map<String, String> results, String strengths, String limitations, String causes,
                            String difficulties, String nextYear, String proposals) {
}
