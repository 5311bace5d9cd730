package nrw.digitalisierungsdashboard.kommune;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A Kommune: Gemeinde (8-digit AGS) or Kreis (5-digit Kreisschlüssel). */
@Entity
@Table(name = "kommune")
public class KommuneEntity extends PanacheEntityBase {

    @Id
    @Column(length = 8)
    public String ags;

    @Column(length = 12, nullable = false)
    public String ars;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kurzname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ebene ebene;

    @Column(name = "gebietstyp_amtlich", nullable = false)
    public String gebietstypAmtlich;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KommuneTyp typ;

    /** Derived from § 4 GO NRW thresholds until an editor confirms it. */
    @Column(name = "typ_abgeleitet", nullable = false)
    public boolean typAbgeleitet;

    @Column(name = "typ_hinweis")
    public String typHinweis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "groessenklasse")
    public GroessenklasseEntity groessenklasse;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kreis_schluessel")
    public KreisEntity kreis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regierungsbezirk_id")
    public RegierungsbezirkEntity regierungsbezirk;

    @Column(nullable = false)
    public int einwohner;

    @Column(name = "flaeche_km2", nullable = false, precision = 10, scale = 2)
    public BigDecimal flaecheKm2;

    @Column(length = 5)
    public String plz;

    @Column(name = "einwohner_stichtag", nullable = false)
    public LocalDate einwohnerStichtag;

    @Column(nullable = false)
    public LocalDate gebietsstand;

    @Version
    @Column(nullable = false)
    public long version;
}
