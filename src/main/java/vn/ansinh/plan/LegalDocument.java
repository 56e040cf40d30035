package vn.ansinh.plan;

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
 * A document of the plan's legal basis (căn cứ): a resolution, action programme or plan, with number,
 * date and issuer. {@code CHAIN} documents form the implementation chain, highest first
 * (42-NQ/TW → 73-CTr/TU → 146/KH-UBND, 26-CTr/QU); {@code RELATED} ones are cited alongside.
 */
@Entity
@Table(name = "legal_document")
public class LegalDocument {

    /** How a document relates to the plan. */
    public enum Relation {
        /** Part of the chain of documents the plan implements. */
        CHAIN,
        /** Cited by the plan but not part of the chain. */
        RELATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int position;

    private String kind;

    private String number;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    private String issuer;

    private String title;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    protected LegalDocument() {
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    /** @return the document kind in Vietnamese, e.g. {@code Nghị quyết} */
    public String getKind() {
        return kind;
    }

    /** @return the document number, e.g. {@code 42-NQ/TW} */
    public String getNumber() {
        return number;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getTitle() {
        return title;
    }

    public Relation getRelation() {
        return relation;
    }
}
