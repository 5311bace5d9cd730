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
import nrw.digitalisierungsdashboard.organisation.OrganisationEntity;

@Entity
@Table(name = "teilnahme")
public class TeilnahmeEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "projekt_id")
    public ProjektEntity projekt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    public OrganisationEntity organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Enums.TeilnahmeRolle rolle;

    @Column(nullable = false)
    public LocalDate seit;
}
