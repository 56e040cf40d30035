package vn.ansinh.orgunit;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit of the administration as it existed during a validity period [validFrom, validTo).
 * A unit is identified by (code, validFrom): GSO codes and names are reused after mergers
 * (Nghị quyết 1669/NQ-UBTVQH15, effective 1/7/2025), so a rename or merger closes one row
 * and opens another rather than editing it; values and reports keep pointing at the old row.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "contact_email")
    private String contactEmail;

    @Version
    private long version;

    protected OrgUnit() {
    }

    /**
     * @param code      GSO code for territories, an internal code such as {@code 306-LDTBXH} for bodies
     * @param name      full Vietnamese name, e.g. {@code Phường Cát Bi}
     * @param kind      the kind of unit
     * @param parent    the unit it belongs to, or {@code null} at the top
     * @param validFrom first day the unit exists under this code and name
     */
    public OrgUnit(String code, String name, OrgUnitKind kind, OrgUnit parent, LocalDate validFrom) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.validFrom = validFrom;
    }

    /**
     * @param day a date
     * @return whether the unit existed on that day
     */
    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
    }

    void closeOn(LocalDate day) {
        this.validTo = day;
    }

    /**
     * @param year a calendar year
     * @return whether the unit existed on at least one day of that year
     */
    public boolean isValidIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate afterLast = first.plusYears(1);
        return validFrom.isBefore(afterLast) && (validTo == null || validTo.isAfter(first));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** @return the short name, or the full name when none is recorded */
    public String getDisplayName() {
        return shortName == null ? name : shortName;
    }

    /**
     * @return the name as written inside a sentence: territories take a lower-case first letter
     * ("quận Hải An", "phường Cát Bi", as in "Ủy ban nhân dân quận Hải An"); other units keep their name
     */
    public String getNameInSentence() {
        if (!kind.isTerritorial() || name.isEmpty()) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }

    /** @return the address reminders are sent to (a ward People's Committee's mailbox), or null */
    public String getContactEmail() {
        return contactEmail;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
