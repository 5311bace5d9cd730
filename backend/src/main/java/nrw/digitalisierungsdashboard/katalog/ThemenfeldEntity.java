package nrw.digitalisierungsdashboard.katalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "themenfeld")
public class ThemenfeldEntity extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false)
    public String name;

    @Column(name = "katalog_stand", nullable = false)
    public String katalogStand;
}
