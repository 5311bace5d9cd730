package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import nrw.digitalisierungsdashboard.fachamt.FachamtEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An OZG-Leistung (Leistungsbündel), keyed by its OZG-ID. */
@Entity
@Table(name = "leistung")
public class LeistungEntity extends PanacheEntityBase {

    @Id
    @Column(name = "ozg_id")
    public Integer ozgId;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lage_id")
    public LageEntity lage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "themenfeld_id")
    public ThemenfeldEntity themenfeld;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "typisierungen", nullable = false, columnDefinition = "text[]")
    public String[] typisierungen;

    @Column(name = "sdg1_relevant", nullable = false)
    public boolean sdg1Relevant;

    @Column(name = "sdg2_relevant", nullable = false)
    public boolean sdg2Relevant;

    @Column(name = "quelle_id")
    public Integer quelleId;

    @Column(name = "katalog_stand", nullable = false)
    public String katalogStand;

    @Version
    @Column(nullable = false)
    public long version;

    /** Maintained by editors; empty means "nicht gepflegt", never a guess. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "leistung_fachamt",
            joinColumns = @JoinColumn(name = "ozg_id"),
            inverseJoinColumns = @JoinColumn(name = "fachamt_id"))
    @OrderBy("reihenfolge")
    public Set<FachamtEntity> fachaemter = new LinkedHashSet<>();
}
