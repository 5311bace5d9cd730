package nrw.digitalisierungsdashboard.projekt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nrw.digitalisierungsdashboard.katalog.ThemenfeldEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An Umsetzungsprojekt: the aggregate root of team, phases, workshops, decisions and solutions. */
@Entity
@Table(name = "projekt")
public class ProjektEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String titel;

    @Column(nullable = false)
    public String zusammenfassung;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "themenfeld_id")
    public ThemenfeldEntity themenfeld;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Enums.ProjektStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "efa_typ", nullable = false)
    public Enums.EfaTyp efaTyp;

    public LocalDate beginn;

    @Column(name = "ende_geplant")
    public LocalDate endeGeplant;

    /** [{"titel": …, "url": …}] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Map<String, String>> links = new ArrayList<>();

    @Column(name = "begruendung_repraesentativitaet")
    public String begruendungRepraesentativitaet;

    @Column(nullable = false)
    public boolean beispiel;

    @Column(name = "erstellt_am", nullable = false)
    public OffsetDateTime erstelltAm;

    @Column(name = "geaendert_am", nullable = false)
    public OffsetDateTime geaendertAm;

    @Version
    @Column(nullable = false)
    public long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "projekt_leistung", joinColumns = @JoinColumn(name = "projekt_id"))
    @Column(name = "ozg_id")
    public Set<Integer> leistungen = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "projekt_leika", joinColumns = @JoinColumn(name = "projekt_id"))
    @Column(name = "leika_id")
    public Set<Integer> leika = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "projekt_basiskomponente", joinColumns = @JoinColumn(name = "projekt_id"))
    @MapKeyColumn(name = "basiskomponente_id")
    @Column(name = "verbindlichkeit")
    @Enumerated(EnumType.STRING)
    public Map<String, Enums.Verbindlichkeit> basiskomponenten = new LinkedHashMap<>();

    @OneToMany(mappedBy = "projekt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TeilnahmeEntity> teilnahmen = new ArrayList<>();

    @OneToMany(mappedBy = "projekt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("datum, id")
    public List<PhasenwechselEntity> phasenwechsel = new ArrayList<>();

    @OneToMany(mappedBy = "projekt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("datum, id")
    public List<WorkshopEntity> workshops = new ArrayList<>();

    @OneToMany(mappedBy = "projekt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("datum, id")
    public List<EntscheidungEntity> entscheidungen = new ArrayList<>();

    @OneToMany(mappedBy = "projekt", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<LoesungEntity> loesungen = new ArrayList<>();
}
