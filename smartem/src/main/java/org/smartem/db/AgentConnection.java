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
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An SSE connection of a microscope agent to the backend. Table {@code agentconnection}. */
@Entity
@UnboundedVarchar
@Table(name = "agentconnection", indexes = {
        @Index(name = "ix_agentconnection_agent_id", columnList = "agent_id"),
        @Index(name = "ix_agentconnection_connection_id", columnList = "connection_id", unique = true),
        @Index(name = "ix_agentconnection_created_at", columnList = "created_at"),
        @Index(name = "ix_agentconnection_last_heartbeat_at", columnList = "last_heartbeat_at"),
        @Index(name = "ix_agentconnection_session_id", columnList = "session_id"),
        @Index(name = "ix_agentconnection_status", columnList = "status")})
public class AgentConnection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "agentconnection_id_seq", type = "bigint")
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "connection_id", nullable = false)
    private String connectionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", referencedColumnName = "session_id", nullable = false)
    private AgentSession session;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @Column(name = "connection_type", nullable = false)
    @ServerDefault("'sse'")
    private String connectionType = "sse";

    @Jsonb
    @Column(name = "client_info", columnDefinition = "jsonb")
    private String clientInfo;

    @Column(name = "status", nullable = false)
    @ServerDefault("'active'")
    private String status = "active";

    @Column(name = "created_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "last_heartbeat_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime lastHeartbeatAt = LocalDateTime.now();

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "close_reason")
    private String closeReason;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(String connectionId) {
        this.connectionId = connectionId;
    }

    public AgentSession getSession() {
        return session;
    }

    public void setSession(AgentSession session) {
        this.session = session;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getConnectionType() {
        return connectionType;
    }

    public void setConnectionType(String connectionType) {
        this.connectionType = connectionType;
    }

    public String getClientInfo() {
        return clientInfo;
    }

    public void setClientInfo(String clientInfo) {
        this.clientInfo = clientInfo;
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

    public LocalDateTime getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public void setLastHeartbeatAt(LocalDateTime lastHeartbeatAt) {
        this.lastHeartbeatAt = lastHeartbeatAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(LocalDateTime closedAt) {
        this.closedAt = closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}
