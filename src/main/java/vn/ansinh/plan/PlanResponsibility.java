package vn.ansinh.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.ansinh.orgunit.OrgUnit;

/**
 * An entry of section V (Tổ chức thực hiện): who carries the plan out and what they are assigned.
 * An entry may name several units ("Phòng Y tế; Trung tâm Y tế quận"), all wards, or "other departments".
 */
@Entity
@Table(name = "plan_responsibility")
public class PlanResponsibility {

    /** Whom an entry addresses. */
    public enum Scope {
        /** The units listed with the entry. */
        UNITS,
        /** Every ward of the district (Ủy ban nhân dân các phường). */
        ALL_WARDS,
        /** Departments and agencies not named elsewhere (các phòng, ban, ngành liên quan khác). */
        OTHER_DEPARTMENTS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int position;

    private String heading;

    private String body;

    @Column(name = "is_lead")
    private boolean lead;

    @Enumerated(EnumType.STRING)
    private Scope scope;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "plan_responsibility_unit", joinColumns = @JoinColumn(name = "responsibility_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    @OrderBy("code")
    private Set<OrgUnit> units = new LinkedHashSet<>();

    protected PlanResponsibility() {
    }

    public Long getId() {
        return id;
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

    /** @return the body split into paragraphs and bullets */
    public List<PlanSection.Paragraph> getParagraphs() {
        return PlanSection.Paragraph.split(body);
    }

    /** @return whether this entry is the lead unit of the plan (chủ trì), Phòng LĐTBXH for Hải An */
    public boolean isLead() {
        return lead;
    }

    public Scope getScope() {
        return scope;
    }

    public Set<OrgUnit> getUnits() {
        return units;
    }
}
