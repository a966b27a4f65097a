package org.smartem.db;

import io.retort.entity.Jsonb;
import io.retort.entity.Sequence;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A working session of a microscope agent, optionally tied to an acquisition.
 * Table {@code agentsession}.
 */
@Entity
@UnboundedVarchar
@Table(name = "agentsession", indexes = {
        @Index(name = "ix_agentsession_acquisition_uuid", columnList = "acquisition_uuid"),
        @Index(name = "ix_agentsession_agent_id", columnList = "agent_id"),
        @Index(name = "ix_agentsession_created_at", columnList = "created_at"),
        @Index(name = "ix_agentsession_last_activity_at", columnList = "last_activity_at"),
        @Index(name = "ix_agentsession_session_id", columnList = "session_id", unique = true),
        @Index(name = "ix_agentsession_status", columnList = "status")})
public class AgentSession implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "agentsession_id_seq", type = "bigint")
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acquisition_uuid")
    private Acquisition acquisition;

    @Column(name = "name")
    private String name;

    @Column(name = "description")
    private String description;

    @Jsonb
    @Column(name = "experimental_parameters", columnDefinition = "jsonb")
    private String experimentalParameters;

    @Column(name = "status", nullable = false)
    @ServerDefault("'active'")
    private String status = "active";

    @Column(name = "created_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "started_at")
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "last_activity_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime lastActivityAt = LocalDateTime.now();

    @OneToMany(mappedBy = "session")
    private List<AgentConnection> agentConnections = new ArrayList<>();

    @OneToMany(mappedBy = "session")
    private List<AgentInstruction> agentInstructions = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public Acquisition getAcquisition() {
        return acquisition;
    }

    public void setAcquisition(Acquisition acquisition) {
        this.acquisition = acquisition;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getExperimentalParameters() {
        return experimentalParameters;
    }

    public void setExperimentalParameters(String experimentalParameters) {
        this.experimentalParameters = experimentalParameters;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    public void setLastActivityAt(LocalDateTime lastActivityAt) {
        this.lastActivityAt = lastActivityAt;
    }

    public List<AgentConnection> getAgentConnections() {
        return agentConnections;
    }

    public List<AgentInstruction> getAgentInstructions() {
        return agentInstructions;
    }
}
