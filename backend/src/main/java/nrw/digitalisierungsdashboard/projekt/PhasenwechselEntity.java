package nrw.digitalisierungsdashboard.projekt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated step of a project through the phases; the history is never rewritten. */
@Entity
@Table(name = "phasenwechsel")
public class PhasenwechselEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projekt_id")
    public ProjektEntity projekt;

    @Enumerated(EnumType.STRING)
    @Column(name = "von_phase")
    public Phase von;

    @Enumerated(EnumType.STRING)
    @Column(name = "nach_phase", nullable = false)
    public Phase nach;

    @Column(nullable = false)
    public LocalDate datum;

    public String begruendung;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entscheidung_id")
    public EntscheidungEntity entscheidung;

    @Column(name = "erfasst_am", nullable = false)
    public OffsetDateTime erfasstAm;
}
