package org.smartem.db;

import io.retort.entity.Jsonb;
import io.retort.entity.ServerDefault;
import io.retort.entity.UnboundedVarchar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;

/** An agent's acknowledgement of an instruction. Table {@code agentinstructionacknowledgement}. */
@Entity
@UnboundedVarchar
@Table(name = "agentinstructionacknowledgement", indexes = {
        @Index(name = "ix_agentinstructionacknowledgement_agent_id", columnList = "agent_id"),
        @Index(name = "ix_agentinstructionacknowledgement_created_at", columnList = "created_at"),
        @Index(name = "ix_agentinstructionacknowledgement_instruction_id", columnList = "instruction_id"),
        @Index(name = "ix_agentinstructionacknowledgement_processed_at", columnList = "processed_at"),
        @Index(name = "ix_agentinstructionacknowledgement_session_id", columnList = "session_id"),
        @Index(name = "ix_agentinstructionacknowledgement_status", columnList = "status")})
public class AgentInstructionAcknowledgement {

    @Id
    @Column(name = "acknowledgement_id", nullable = false)
    @ServerDefault("gen_random_uuid()")
    private UUID acknowledgementId = UUID.randomUUID();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instruction_id", referencedColumnName = "instruction_id", nullable = false)
    private AgentInstruction instruction;

    @Column(name = "agent_id", nullable = false)
    private String agentId;

    @Column(name = "session_id", nullable = false)
    private String sessionId;

    @Column(name = "status", nullable = false)
    private String status;

    @Column(name = "result")
    private String result;

    @Column(name = "error_message")
    private String errorMessage;

    @Column(name = "processing_time_ms")
    private Integer processingTimeMs;

    @Jsonb
    @Column(name = "acknowledgement_metadata", columnDefinition = "jsonb")
    private String acknowledgementMetadata;

    @Column(name = "created_at", nullable = false)
    @ServerDefault("now()")
    private LocalDateTime createdAt = LocalDateTime.now();

    @Column(name = "processed_at")
    private LocalDateTime processedAt;

    public UUID getAcknowledgementId() {
        return acknowledgementId;
    }

    public void setAcknowledgementId(UUID acknowledgementId) {
        this.acknowledgementId = acknowledgementId;
    }

    public AgentInstruction getInstruction() {
        return instruction;
    }

    public void setInstruction(AgentInstruction instruction) {
        this.instruction = instruction;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    public Integer getProcessingTimeMs() {
        return processingTimeMs;
    }

    public void setProcessingTimeMs(Integer processingTimeMs) {
        this.processingTimeMs = processingTimeMs;
    }

    public String getAcknowledgementMetadata() {
        return acknowledgementMetadata;
    }

    public void setAcknowledgementMetadata(String acknowledgementMetadata) {
        this.acknowledgementMetadata = acknowledgementMetadata;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(LocalDateTime processedAt) {
        this.processedAt = processedAt;
    }
}
