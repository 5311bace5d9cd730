package nrw.digitalisierungsdashboard.kommune;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "regierungsbezirk")
public class RegierungsbezirkEntity extends PanacheEntityBase {

    @Id
    @Column(length = 3)
    public String id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kurzname;

    @Column(nullable = false)
    public String verwaltungssitz;

    @Column(nullable = false)
    public int einwohner;

    @Column(name = "flaeche_km2", nullable = false, precision = 10, scale = 2)
    public BigDecimal flaecheKm2;

    @Column(nullable = false)
    public LocalDate gebietsstand;
}
