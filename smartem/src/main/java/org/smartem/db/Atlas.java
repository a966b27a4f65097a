package org.smartem.db;

import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The low-magnification overview of a grid. Table {@code atlas}. */
@Entity
@UnboundedVarchar
@Table(name = "atlas")
public class Atlas {

    @Id
    @Column(name = "uuid", nullable = false)
    private String uuid;

    @Column(name = "atlas_id", nullable = false)
    @ServerDefault("''")
    private String atlasId = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_uuid")
    private Grid grid;

    @Column(name = "acquisition_date")
    private LocalDateTime acquisitionDate;

    @Column(name = "storage_folder")
    private String storageFolder;

    @Column(name = "description")
    private String description;

    @Column(name = "name", nullable = false)
    @ServerDefault("''")
    private String name = "";

    @OneToMany(mappedBy = "atlas")
    private List<AtlasTile> atlasTiles = new ArrayList<>();

    public String getUuid() {
        return uuid;
    }

    public void setUuid(String uuid) {
        this.uuid = uuid;
    }

    public String getAtlasId() {
        return atlasId;
    }

    public void setAtlasId(String atlasId) {
        this.atlasId = atlasId;
    }

    public Grid getGrid() {
        return grid;
    }

    public void setGrid(Grid grid) {
        this.grid = grid;
    }

    public LocalDateTime getAcquisitionDate() {
        return acquisitionDate;
    }

    public void setAcquisitionDate(LocalDateTime acquisitionDate) {
        this.acquisitionDate = acquisitionDate;
    }

    public String getStorageFolder() {
        return storageFolder;
    }

    public void setStorageFolder(String storageFolder) {
        this.storageFolder = storageFolder;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<AtlasTile> getAtlasTiles() {
        return atlasTiles;
    }
}
