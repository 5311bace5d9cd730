package nrw.digitalisierungsdashboard.projekt;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A workshop of the experts of municipal IT and its results. */
@Entity
@Table(name = "workshop")
public class WorkshopEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projekt_id")
    public ProjektEntity projekt;

    @Column(nullable = false)
    public LocalDate datum;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Enums.WorkshopFormat format;

    @Column(nullable = false)
    public String titel;

    public String prioritaeten;
    public String buendelung;

    @Column(name = "weitere_ergebnisse")
    public String weitereErgebnisse;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "workshop_teilnehmer", joinColumns = @JoinColumn(name = "workshop_id"))
    @Column(name = "organisation_id")
    public Set<String> teilnehmende = new TreeSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "workshop_beitritt", joinColumns = @JoinColumn(name = "workshop_id"))
    @MapKeyColumn(name = "organisation_id")
    @Column(name = "rolle")
    @Enumerated(EnumType.STRING)
    public Map<String, Enums.BeitrittsRolle> beitritte = new LinkedHashMap<>();
}
