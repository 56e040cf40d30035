package vn.ansinh.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A numbered section of a plan ({@code I}, {@code II.1}, {@code III.4.1}) with its own text. The body keeps
 * the plan's paragraphs separated by blank lines; a line starting with {@code "- "} is a bullet.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "parent_id")
    private Long parentId;

    private String code;

    private int position;

    private String heading;

    private String body;

    protected PlanSection() {
    }

    PlanSection(Plan plan, Long parentId, String code, int position, String heading, String body) {
        this.plan = plan;
        this.parentId = parentId;
        this.code = code;
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    void edit(String heading, String body) {
        this.heading = heading;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    /** @return the section code, e.g. {@code III.4.1} */
    public String getCode() {
        return code;
    }

    /** @return the number as printed in the plan: {@code III}, {@code 4}, {@code 4.1} */
    public String getNumberLabel() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(dot + 1);
    }

    /** @return the depth of the section: 1 for {@code III}, 2 for {@code III.4}, 3 for {@code III.4.1} */
    public int getDepth() {
        return code.split("\\.").length;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    /** @return the body split into paragraphs and bullets, in order; empty when there is no body */
    public List<Paragraph> getParagraphs() {
        return Paragraph.split(body);
    }

    /**
     * A paragraph of a section body.
     *
     * @param text   the text without the bullet mark
     * @param bullet whether the paragraph is a bullet ({@code "- "} in the source)
     */
    public record Paragraph(String text, boolean bullet) {

        static List<Paragraph> split(String body) {
            List<Paragraph> result = new ArrayList<>();
            if (body == null) {
                return result;
            }
            Arrays.stream(body.split("\\n\\s*\\n|\\n(?=- )"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .forEach(p -> result.add(p.startsWith("- ")
                            ? new Paragraph(p.substring(2).strip(), true)
                            : new Paragraph(p, false)));
            return result;
        }
    }
}
