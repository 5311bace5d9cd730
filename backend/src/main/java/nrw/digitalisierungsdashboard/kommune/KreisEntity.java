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
import java.math.BigDecimal;
import java.time.LocalDate;

/** A unit at Kreis level: Kreis or kreisfreie Stadt. */
@Entity
@Table(name = "kreis")
public class KreisEntity extends PanacheEntityBase {

    @Id
    @Column(length = 5)
    public String schluessel;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kurzname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public KreisTyp typ;

    @Column(nullable = false)
    public String verwaltungssitz;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "regierungsbezirk_id")
    public RegierungsbezirkEntity regierungsbezirk;

    @Column(name = "anzahl_gemeinden", nullable = false)
    public int anzahlGemeinden;

    @Column(nullable = false)
    public int einwohner;

    @Column(name = "flaeche_km2", nullable = false, precision = 10, scale = 2)
    public BigDecimal flaecheKm2;

    @Column(nullable = false)
    public LocalDate gebietsstand;
}
