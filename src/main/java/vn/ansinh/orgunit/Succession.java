package vn.ansinh.orgunit;

import java.time.LocalDate;

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

/**
 * One unit succeeding another from a date: a rename (one → one), a merger (several → one) or a split (one → several),
 * with a note on the share taken over ("phần phía đông của phường Nam Hải").
 */
@Entity
@Table(name = "org_unit_succession")
public class Succession {

    /** What kind of change produced the succession. */
    public enum Kind {
        RENAME, MERGE, SPLIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_unit_id")
    private OrgUnit from;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_unit_id")
    private OrgUnit to;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String note;

    protected Succession() {
    }

    Succession(OrgUnit from, OrgUnit to, LocalDate effectiveOn, Kind kind, String note) {
        this.from = from;
        this.to = to;
        this.effectiveOn = effectiveOn;
        this.kind = kind;
        this.note = note;
    }

    public OrgUnit getFrom() {
        return from;
    }

    public OrgUnit getTo() {
        return to;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
