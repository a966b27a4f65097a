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
import java.util.UUID;

/**
 * An instruction to a microscope agent, with its JSON payload and delivery lifecycle.
 * Table {@code agentinstruction}.
 */
@Entity
@UnboundedVarchar
@Table(name = "agentinstruction", indexes = {
        @Index(name = "ix_agentinstruction_acknowledged_at", columnList = "acknowledged_at"),
        @Index(name = "ix_agentinstruction_agent_id", columnList = "agent_id"),
        @Index(name = "ix_agentinstruction_created_at", columnList = "created_at"),
        @Index(name = "ix_agentinstruction_expires_at", columnList = "expires_at"),
        @Index(name = "ix_agentinstruction_instruction_id", columnList = "instruction_id", unique = true),
        @Index(name = "ix_agentinstruction_instruction_type", columnList = "instruction_type"),
        @Index(name = "ix_agentinstruction_priority", columnList = "priority"),
        @Index(name = "ix_agentinstruction_sent_at", columnList = "sent_at"),
        @Index(name = "ix_agentinstruction_sequence_number", columnList = "sequence_number"),
        @Index(name = "ix_agentinstruction_session_id", columnList = "session_id"),
        @Index(name = "ix_agentinstruction_status", columnList = "status")})
public class AgentInstruction implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Sequence(name = "agentinstruction_id_seq", type = "bigint")
    @Column(name = "id", nullable = false)
    private Integer id;

    @Column(name = "instruction_id", nullable = false)
    @ServerDefault("gen_random_uuid()")
    private UUID instructionId = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", referencedColumnName = "session_id", nullable = false)
    private AgentSession session;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @Column(name = "instruction_type", nullable = false)
    private String instructionType;

    @Jsonb
    @Column(name = "payload", columnDefinition = "jsonb")
    private String payload;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    @Column(name = "priority", nullable = false)
    @ServerDefault("'normal'")
    private String priority = "normal";

    @Column(name = "status", nullable = false)
    @ServerDefault("'pending'")
    private String status = "pending";

    @Column(name = "created_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "retry_count", nullable = false)
    @ServerDefault("0")
    private Integer retryCount = 0;

    @Column(name = "max_retries", nullable = false)
    @ServerDefault("3")
    private Integer maxRetries = 3;

    @Jsonb
    @Column(name = "instruction_metadata", columnDefinition = "jsonb")
    private String instructionMetadata;

    @OneToMany(mappedBy = "instruction")
    private List<AgentInstructionAcknowledgement> agentInstructionAcknowledgements = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public UUID getInstructionId() {
        return instructionId;
    }

    public void setInstructionId(UUID instructionId) {
        this.instructionId = instructionId;
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

    public String getInstructionType() {
        return instructionType;
    }

    public void setInstructionType(String instructionType) {
        this.instructionType = instructionType;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public Integer getSequenceNumber() {
        return sequenceNumber;
    }

    public void setSequenceNumber(Integer sequenceNumber) {
        this.sequenceNumber = sequenceNumber;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
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

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public void setSentAt(LocalDateTime sentAt) {
        this.sentAt = sentAt;
    }

    public LocalDateTime getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public void setAcknowledgedAt(LocalDateTime acknowledgedAt) {
        this.acknowledgedAt = acknowledgedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }

    public Integer getRetryCount() {
        return retryCount;
    }

    public void setRetryCount(Integer retryCount) {
        this.retryCount = retryCount;
    }

    public Integer getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(Integer maxRetries) {
        this.maxRetries = maxRetries;
    }

    public String getInstructionMetadata() {
        return instructionMetadata;
    }

    public void setInstructionMetadata(String instructionMetadata) {
        this.instructionMetadata = instructionMetadata;
    }

    public List<AgentInstructionAcknowledgement> getAgentInstructionAcknowledgements() {
        return agentInstructionAcknowledgements;
    }
}
