package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One LeiKa row as the catalogue links it to an OZG-Leistung; keyed by the source row id. */
@Entity
@Table(name = "leika_leistung")
public class LeikaLeistungEntity extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(length = 14)
    public String schluessel;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ozg_id")
    public LeistungEntity leistung;

    @Column(nullable = false)
    public String typisierung;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "typisierungen", nullable = false, columnDefinition = "text[]")
    public String[] typisierungen;

    public String rechtsgrundlage;
    public String gesetze;
    public String gesetzeskuerzel;

    @Column(nullable = false)
    public boolean sdg1;

    @Column(nullable = false)
    public boolean sdg2;

    @Column(name = "katalog_stand", nullable = false)
    public String katalogStand;
}
