package nrw.digitalisierungsdashboard.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nrw.digitalisierungsdashboard.identity.Rolle;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A local account of an editor, coordinator, administrator or integrator. */
@Entity
@Table(name = "konto")
public class KontoEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String benutzername;

    @Column(nullable = false)
    public String anzeigename;

    @Column(name = "passwort_hash")
    public String passwortHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] rollen;

    @Column(name = "organisation_id")
    public String organisationId;

    @Column(nullable = false)
    public boolean aktiv = true;

    @Column(name = "muss_passwort_aendern", nullable = false)
    public boolean mussPasswortAendern;

    @Column(name = "erstellt_am", nullable = false)
    public OffsetDateTime erstelltAm;

    @Column(name = "geaendert_am", nullable = false)
    public OffsetDateTime geaendertAm;

    @Column(name = "letzte_anmeldung")
    public OffsetDateTime letzteAnmeldung;

    @Version
    @Column(nullable = false)
    public long version;

    /** The Themenfelder a coordinator is responsible for. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "konto_themenfeld", joinColumns = @JoinColumn(name = "konto_id"))
    @Column(name = "themenfeld_id")
    public Set<Integer> themenfelder = new TreeSet<>();

    public Set<Rolle> rollenSet() {
        return Arrays.stream(rollen)
                .map(Rolle::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rolle.class)));
    }

    public static KontoEntity findByName(String benutzername) {
        return find("benutzername", benutzername).firstResult();
    }
}
