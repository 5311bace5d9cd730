package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a LeiKa Typisierung means: who regulates, who executes. */
@Entity
@Table(name = "typisierung")
public class TypisierungEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String regelungskompetenz;

    @Column(nullable = false)
    public String vollzugskompetenz;

    @Column(nullable = false)
    public String beschreibung;

    @Column(name = "ozg_relevant", nullable = false)
    public boolean ozgRelevant;

    @Column(nullable = false)
    public int reihenfolge;
}
