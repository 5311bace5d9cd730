package nrw.digitalisierungsdashboard.aenderungen;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One audit entry, written in the transaction of the write it records. */
@Entity
@Table(name = "aenderung")
public class AenderungEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime zeitpunkt;

    @Column(name = "entitaet_typ", nullable = false)
    public String entitaetTyp;

    @Column(name = "entitaet_id", nullable = false)
    public String entitaetId;

    @Column(nullable = false)
    public String aktion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] felder;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String vorher;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String nachher;

    @Column(nullable = false)
    public String zusammenfassung;

    @Column(nullable = false)
    public boolean oeffentlich;

    @Column(name = "akteur_typ", nullable = false)
    public String akteurTyp;

    @Column(name = "akteur_id", nullable = false)
    public String akteurId;

    @Column(name = "akteur_name", nullable = false)
    public String akteurName;
}
